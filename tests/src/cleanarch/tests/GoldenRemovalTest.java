package cleanarch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cleanarch.plan.Plan;
import cleanarch.project.EntityDefinition;
import cleanarch.project.EntityRemovalPlanner;
import cleanarch.project.FieldParser;
import cleanarch.project.FieldRemovalPlanner;
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
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The golden files of {@code add-field} read backwards: {@code remove-field}'s edit of each slice class takes the
 * fields of {@code edit.txt} out of {@code expected.java.txt} and must give back {@code original.java.txt} byte for
 * byte, hand-written comments, methods and statements included; {@code remove-entity}'s edit of the container
 * takes Book's beans out of the {@code DependencyContainer} golden files' expected file and must give back their
 * original. The same removal run again changes nothing.
 */
class GoldenRemovalTest {

    private static final ProjectSettings SHOP = new ProjectSettings("shop", "com.example", "com.example.shop", "",
            7000, false);
    private static final FieldRemovalPlanner PLANNER = new FieldRemovalPlanner(new TemplateRenderer());

    private static final EntityDefinition BOOK = new EntityDefinition("Book",
            FieldParser.parseAll(List.of("title:string:required")));
    private static final String CONTAINER = "src/main/java/com/example/shop/DependencyContainer.java";

    @TempDir
    Path dir;

    /** The field the originals of the cases that do not start from an entity without fields hold. */
    private static final String TITLE = "title:string:required";

    @ParameterizedTest
    @ValueSource(strings = {
            "model-first-field", "model-more-fields", "model-hand-edited",
            "entity-first-field", "entity-more-fields", "entity-hand-edited", "entity-json-and-time",
            "entity-hand-written-statement",
            "create-request-first-field", "create-request-more-fields", "create-request-hand-edited",
            "update-request-first-field", "update-request-more-fields", "update-request-hand-edited",
            "response-first-field", "response-more-fields", "response-hand-edited", "response-email-uuid",
            "adapter-first-field", "adapter-more-fields", "adapter-hand-edited", "adapter-only-unfilterable"})
    void remove_field_gives_back_the_class_before_add_field(String name) {
        List<String> edit = golden(name + "/edit.txt").lines().toList();
        String file = edit.get(0).substring("file: ".length());
        List<String> fields = words(edit.get(1).substring("fields: ".length()));
        List<String> remaining = name.endsWith("-first-field") ? List.of() : List.of(TITLE);

        String once = removeFields(file, golden(name + "/expected.java.txt"), remaining, fields);
        String twice = removeFields(file, once, remaining, fields);

        assertEquals(golden(name + "/original.java.txt"), once);
        assertEquals(once, twice);
    }

    @ParameterizedTest
    @ValueSource(strings = {"container-hand-edited", "container-imports-first"})
    void remove_entity_takes_its_beans_out_of_the_container(String name) throws IOException {
        String once = removeBook(golden(name + "/expected.java.txt"));
        String twice = removeBook(once);

        assertEquals(golden(name + "/original.java.txt"), once);
        assertEquals(once, twice);
    }

    private String removeBook(String container) throws IOException {
        Path root = Files.createTempDirectory(dir, "project");
        Files.createDirectories(root.resolve(CONTAINER).getParent());
        Files.writeString(root.resolve(CONTAINER), container);
        Plan plan = new Plan(root);
        new EntityRemovalPlanner(new TemplateRenderer()).plan(plan, SHOP, BOOK, Map.of("Book", BOOK), false);
        return plan.read(CONTAINER).orElseThrow();
    }

    private static String removeFields(String file, String source, List<String> remaining, List<String> removed) {
        String template = "entity/src/main/java/{package}/" + file.replace("Book", "{Entity}") + ".peb";
        return PLANNER.editClass(template, "src/main/java/com/example/shop/" + file, source, SHOP, "Book",
                FieldParser.parseAll(remaining), FieldParser.parseAll(removed));
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
        try (InputStream in = GoldenRemovalTest.class.getClassLoader().getResourceAsStream("golden/" + path)) {
            if (in == null) {
                throw new IllegalStateException("missing golden file " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
