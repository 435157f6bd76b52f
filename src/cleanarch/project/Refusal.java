package cleanarch.project;

/**
 * One case of a malformed-request test: a name (a field, or a query parameter) and the value sent for it, as a
 * Java expression of its text.
 */
public record Refusal(String name, String valueJava) {

    /** Where the test's {@code arguments(...)} lines start, and how long a line of generated code may be. */
    private static final int INDENT = 16;
    private static final int MAX_LINE = 120;

    /** The case as JUnit's {@code arguments(name, value)}, its value on a line of its own when one is too long. */
    public String getArgumentsJava() {
        String call = "arguments(\"" + name + "\", " + valueJava + ")";
        // The comma or parenthesis that follows it counts too.
        return INDENT + call.length() + 1 <= MAX_LINE ? call
                : "arguments(\"" + name + "\",\n" + " ".repeat(INDENT + 8) + valueJava + ")";
    }
}
