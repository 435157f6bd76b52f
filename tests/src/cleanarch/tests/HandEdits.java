package cleanarch.tests;

/** Edits a user makes by hand in generated files, for the tests proving that later commands keep them. */
final class HandEdits {

    private HandEdits() {
    }

    /** The source with {@code member} added as the last member of its last type. */
    static String addMember(String source, String member) {
        int end = source.lastIndexOf('}');
        return source.substring(0, end).stripTrailing() + "\n" + member + "}\n";
    }
}
