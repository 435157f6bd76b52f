package cleanarch.types;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Literals as generated Java and SQL source need them. */
public final class JavaText {

    /** The shortest run of one character that {@link #stringWithRuns} writes as a {@code repeat}. */
    static final int LONG_RUN = 16;
    private static final Pattern LONG_RUNS = Pattern.compile("(.)\\1{" + (LONG_RUN - 1) + ",}", Pattern.DOTALL);

    private JavaText() {
    }

    /** {@code value} as a Java string literal. */
    public static String string(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /**
     * {@code value} as a Java expression, each run of {@value #LONG_RUN} or more of one character written as a
     * {@code repeat}: {@code "\"" + "x".repeat(256) + "\""}, so that a long sample keeps the source readable.
     */
    public static String stringWithRuns(String value) {
        List<String> parts = new ArrayList<>();
        Matcher run = LONG_RUNS.matcher(value);
        int end = 0;
        while (run.find()) {
            if (run.start() > end) {
                parts.add(string(value.substring(end, run.start())));
            }
            parts.add(string(run.group(1)) + ".repeat(" + run.group().length() + ")");
            end = run.end();
        }
        if (end < value.length() || parts.isEmpty()) {
            parts.add(string(value.substring(end)));
        }
        return String.join(" + ", parts);
    }

    /** {@code value} as an SQL string literal. */
    public static String sqlString(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    /**
     * {@code variant} in at least {@code width} digits. Not {@code String.format}: its first use costs more than all
     * the rest of a field's samples on the cold JVM a command runs in.
     */
    static String zeroPadded(long variant, int width) {
        String digits = Long.toString(variant);
        return "0".repeat(Math.max(0, width - digits.length())) + digits;
    }

    /** Whether the text holds a control character (a NUL, a line break): no default may, in Java or in SQL. */
    static boolean hasControlCharacter(String value) {
        return value.chars().anyMatch(Character::isISOControl);
    }
}
