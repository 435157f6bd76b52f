package cleanarch.plan;

import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/** The mode a planned file is created with: part of the plan, since bundled templates (JAR entries) carry none. */
public enum FileMode {
    REGULAR("rw-r--r--"),
    EXECUTABLE("rwxr-xr-x");

    private final String permissions;

    FileMode(String permissions) {
        this.permissions = permissions;
    }

    public Set<PosixFilePermission> permissions() {
        return PosixFilePermissions.fromString(permissions);
    }

    /**
     * The mode of a file with this content: a script that names its interpreter on a first {@code #!} line is
     * meant to be run directly ({@code ./mvnw}, {@code ./scripts/run_postgres.sh}), so it is executable; any
     * other file is not. The content says it, so no list of names can drift from the templates.
     */
    public static FileMode of(byte[] content) {
        return content.length >= 2 && content[0] == '#' && content[1] == '!' ? EXECUTABLE : REGULAR;
    }
}
