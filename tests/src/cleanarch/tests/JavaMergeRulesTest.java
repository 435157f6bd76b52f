package cleanarch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cleanarch.UserError;
import cleanarch.edit.JavaMerge;
import org.junit.jupiter.api.Test;

/**
 * The placement rule of {@code JavaMerge}, one named case a test: an element a snippet adds goes next to the
 * neighbours it has in the snippet; members match by signature; what the skeleton has is the file's own.
 */
class JavaMergeRulesTest {

    @Test
    void a_field_goes_before_the_timestamps() {
        String merged = JavaMerge.merge("A.java", """
                class A {
                    private Long id;
                    private String title;
                    private Instant createdAt;
                }
                """, """
                class A {
                    private Long id;
                    private int pages;
                    private Instant createdAt;
                }
                """);

        assertEquals("""
                class A {
                    private Long id;
                    private String title;
                    private int pages;
                    private Instant createdAt;
                }
                """, merged);
    }

    @Test
    void accessors_go_before_the_member_that_follows_them_in_the_snippet() {
        String merged = JavaMerge.merge("A.java", """
                class A {

                    public String getTitle() {
                        return title;
                    }

                    void describeFields() {
                    }
                }
                """, """
                class A {

                    public int getPages() {
                        return pages;
                    }

                    void describeFields() {
                    }
                }
                """);

        assertEquals("""
                class A {

                    public String getTitle() {
                        return title;
                    }

                    public int getPages() {
                        return pages;
                    }

                    void describeFields() {
                    }
                }
                """, merged);
    }

    @Test
    void a_statement_goes_before_the_one_that_follows_it_and_else_before_the_return() {
        String merged = JavaMerge.merge("A.java", """
                class A {
                    A copy() {
                        a.setTitle(title);
                        a.setCreatedAt(createdAt);
                        return a;
                    }

                    void check() {
                        validate(title);
                    }
                }
                """, """
                class A {
                    A copy() {
                        a.setPages(pages);
                        a.setCreatedAt(createdAt);
                        return a;
                    }

                    void check() {
                        validate(pages);
                    }
                }
                """);

        assertTrue(merged.contains("""
                        a.setTitle(title);
                        a.setPages(pages);
                        a.setCreatedAt(createdAt);
                """), merged);
        assertTrue(merged.contains("""
                        validate(title);
                        validate(pages);
                """), merged);
    }

    @Test
    void the_first_component_of_an_empty_record_gets_a_line_of_its_own_and_the_next_ones_follow_it() {
        String once = JavaMerge.merge("R.java", "record R() {\n}\n", "record R(String title) {\n}\n");
        String twice = JavaMerge.merge("R.java", once, "record R(int pages) {\n}\n");

        assertEquals("record R(\n        String title) {\n}\n", once);
        assertEquals("record R(\n        String title,\n        int pages) {\n}\n", twice);
    }

    @Test
    void a_condition_replaces_a_bare_true_and_is_then_joined_with_and_on_a_line_of_its_own() {
        String skeleton = "class U {\n    boolean isEmpty() {\n        return true;\n    }\n}\n";
        String once = JavaMerge.merge("U.java", skeleton,
                "class U {\n    boolean isEmpty() {\n        return title == null;\n    }\n}\n", skeleton);
        String twice = JavaMerge.merge("U.java", once,
                "class U {\n    boolean isEmpty() {\n        return pages == null;\n    }\n}\n", skeleton);

        assertTrue(once.contains("        return title == null;\n"), once);
        assertTrue(twice.contains("        return title == null\n                && pages == null;\n"), twice);
    }

    @Test
    void arguments_of_a_returned_new_go_before_the_argument_that_follows_them() {
        String merged = JavaMerge.merge("R.java", """
                class R {
                    static R from(B b) {
                        return new R(b.getId(), b.getTitle(), b.getCreatedAt());
                    }
                }
                """, """
                class R {
                    static R from(B b) {
                        return new R(b.getId(), b.getPages(), b.getCreatedAt());
                    }
                }
                """);

        assertTrue(merged.contains("new R(b.getId(), b.getTitle(), b.getPages(), b.getCreatedAt())"), merged);
    }

    @Test
    void an_overload_is_another_member() {
        String merged = JavaMerge.merge("A.java", """
                class A {
                    void set(String value) {
                    }
                }
                """, """
                class A {
                    void set(int value) {
                    }
                }
                """);

        assertTrue(merged.contains("void set(String value)") && merged.contains("void set(int value)"), merged);
    }

    @Test
    void what_the_skeleton_has_is_not_added_back_and_a_method_the_fields_need_must_be_there() {
        String skeleton = "class A {\n    Long getId() {\n        return id;\n    }\n\n    A copy() {\n"
                + "        return a;\n    }\n}\n";
        String snippet = "class A {\n    Long getId() {\n        return id;\n    }\n\n    A copy() {\n"
                + "        a.setPages(pages);\n        return a;\n    }\n}\n";
        String withoutGetId = "class A {\n    A copy() {\n        return a;\n    }\n}\n";

        String merged = JavaMerge.merge("A.java", withoutGetId, snippet, skeleton);
        UserError gone = assertThrows(UserError.class,
                () -> JavaMerge.merge("A.java", "class A {\n}\n", snippet, skeleton));

        assertEquals("class A {\n    A copy() {\n        a.setPages(pages);\n        return a;\n    }\n}\n", merged);
        assertEquals("A.java: method A.copy() is gone, so the new field cannot be added to it; restore it or add "
                + "the change by hand", gone.getMessage());
    }
}
