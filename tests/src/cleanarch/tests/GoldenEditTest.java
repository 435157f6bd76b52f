package cleanarch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cleanarch.plan.Plan;
import cleanarch.project.EntityDefinition;
import cleanarch.project.EntityPlanner;
import cleanarch.project.FieldParser;
import cleanarch.project.ProjectSettings;
import cleanarch.render.TemplateRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden files of the JavaParser edit of {@code DependencyContainer}: {@code tests/golden/<case>/original.java.txt}
 * plus {@code add-entity Book} must give {@code expected.java.txt} byte for byte, and running the edit again on
 * the result must change nothing.
 */
class GoldenEditTest {

    private static final ProjectSettings SHOP = new ProjectSettings("shop", "com.example", "com.example.shop", "",
            7000, false);
    private static final EntityDefinition BOOK = new EntityDefinition("Book",
            FieldParser.parseAll(List.of("title:string:required")));
    private static final String CONTAINER = "src/main/java/com/example/shop/DependencyContainer.java";

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"container-hand-edited", "container-imports-first"})
    void edit_gives_the_expected_file_and_a_rerun_changes_nothing(String name) throws IOException {
        String expected = golden(name + "/expected.java.txt");

        String once = addBook(golden(name + "/original.java.txt"));
        String twice = addBook(once);

        assertEquals(expected, once);
        assertEquals(expected, twice);
    }

    private String addBook(String container) throws IOException {
        Path root = Files.createTempDirectory(dir, "project");
        Files.createDirectories(root.resolve(CONTAINER).getParent());
        Files.writeString(root.resolve(CONTAINER), container);
        Plan plan = new Plan(root);
        new EntityPlanner(new TemplateRenderer()).plan(plan, SHOP, BOOK, Map.of("Book", BOOK));
        return plan.read(CONTAINER).orElseThrow();
    }

    private static String golden(String path) {
        try (InputStream in = GoldenEditTest.class.getClassLoader().getResourceAsStream("golden/" + path)) {
            if (in == null) {
                throw new IllegalStateException("missing golden file " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
