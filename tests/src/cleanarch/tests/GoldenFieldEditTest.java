package cleanarch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cleanarch.project.FieldParser;
import cleanarch.project.FieldPlanner;
import cleanarch.project.ProjectSettings;
import cleanarch.render.TemplateRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden files of {@code add-field}'s edit of each slice class: {@code tests/golden/<case>/original.java.txt}
 * with the fields of {@code edit.txt} added must give {@code expected.java.txt} byte for byte, and the same edit run
 * on the result must change nothing. The {@code -first-field} cases start from the class of an entity without
 * fields, the {@code -hand-edited} ones from a class with a hand-written comment and method.
 *
 * <p>After a deliberate change of the generated code, {@code CLEANARCH_GOLDEN_WRITE=tests/golden} writes the
 * expected files anew instead of comparing; review their diff before committing it.
 */
class GoldenFieldEditTest {

    private static final ProjectSettings SHOP = new ProjectSettings("shop", "com.example", "com.example.shop", "",
            7000, false);
    private static final FieldPlanner PLANNER = new FieldPlanner(new TemplateRenderer());

    @ParameterizedTest
    @ValueSource(strings = {
            "model-first-field", "model-more-fields", "model-hand-edited",
            "entity-first-field", "entity-more-fields", "entity-hand-edited", "entity-json-and-time",
            "entity-hand-written-statement",
            "create-request-first-field", "create-request-more-fields", "create-request-hand-edited",
            "update-request-first-field", "update-request-more-fields", "update-request-hand-edited",
            "update-request-second-condition",
            "response-first-field", "response-more-fields", "response-hand-edited", "response-email-uuid",
            "adapter-first-field", "adapter-more-fields", "adapter-hand-edited", "adapter-only-unfilterable"})
    void add_field_gives_the_expected_class_and_a_rerun_changes_nothing(String name) throws IOException {
        List<String> edit = golden(name + "/edit.txt").lines().toList();
        String file = edit.get(0).substring("file: ".length());
        List<String> fields = words(edit.get(1).substring("fields: ".length()));

        String once = addFields(file, golden(name + "/original.java.txt"), fields);
        String twice = addFields(file, once, fields);

        String write = System.getenv("CLEANARCH_GOLDEN_WRITE");
        if (write != null) {
            Files.writeString(Path.of(write, name, "expected.java.txt"), once);
            return;
        }
        assertEquals(golden(name + "/expected.java.txt"), once);
        assertEquals(once, twice);
    }

    private static String addFields(String file, String source, List<String> fields) {
        String template = "entity/src/main/java/{package}/" + file.replace("Book", "{Entity}") + ".peb";
        return PLANNER.editClass(template, "src/main/java/com/example/shop/" + file, source, SHOP, "Book",
                FieldParser.parseAll(fields));
    }

    /** The words of a line, as a shell splits them: single quotes keep a word whole. */
    private static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
            } else if (c == ' ' && !quoted) {
                if (!word.isEmpty()) {
                    words.add(word.toString());
                    word.setLength(0);
                }
            } else {
                word.append(c);
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    private static String golden(String path) {
        try (InputStream in = GoldenFieldEditTest.class.getClassLoader().getResourceAsStream("golden/" + path)) {
            if (in == null) {
                throw new IllegalStateException("missing golden file " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
