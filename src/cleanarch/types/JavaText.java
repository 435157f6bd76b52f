package cleanarch.types;

/** Literals as generated Java and SQL source need them. */
public final class JavaText {

    private JavaText() {
    }

    /** {@code value} as a Java string literal. */
    public static String string(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
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
