# Shared helpers of the bench scripts (sourced, not run).

# Prints "median (min-max)" of the numbers on stdin, one a line, with the given number of decimals.
summary() {
    local decimals=${1:-2}
    sort -g | awk -v d="$decimals" '
        { v[NR] = $1 }
        END {
            if (NR == 0) { print "n/a"; exit }
            m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
            fmt = "%." d "f (%." d "f-%." d "f)"
            printf fmt "\n", m, v[1], v[NR]
        }'
}

# Prints the median of the numbers on stdin.
median() {
    sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) { print "nan"; exit } print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# Installs the Debian packages given when a command is missing: ensure_tool COMMAND PACKAGE.
ensure_tool() {
    if ! command -v "$1" >/dev/null 2>&1; then
        echo "[bench] installing $2" >&2
        local sudo=
        [ "$(id -u)" -eq 0 ] || sudo=sudo
        $sudo apt-get update -qq >&2
        $sudo apt-get install -y -qq "$2" >&2
    fi
}
