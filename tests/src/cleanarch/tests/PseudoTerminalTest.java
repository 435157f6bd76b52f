package cleanarch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The prompts as a user meets them: the generator in a JVM of its own on a real pseudo-terminal, answered once each
 * question shows. Without a terminal, the same commands ask nothing, even with standard input left open.
 */
class PseudoTerminalTest {

    @TempDir
    Path dir;

    @BeforeEach
    void requireScript() {
        assumeTrue(PseudoTerminal.available(), "util-linux script is not installed");
    }

    @Test
    void init_asks_on_a_terminal_and_asks_again_after_a_bad_answer() throws IOException {
        try (PseudoTerminal terminal = PseudoTerminal.start(dir, GeneratorJvm.command("init", "--no-git"))) {
            terminal.expect("Project name [my-service]: ").type("shop")
                    .expect("Maven group id [com.example]: ").type("")
                    .expect("Java package [com.example.shop]: ").type("")
                    .expect("Service prefix, e.g. example for /example/v1/... (Enter for none): ").type("api")
                    .expect("HTTP port [7000]: ").type("http")
                    .expect("error: invalid port 'http': it must be a whole number between 1 and 65535")
                    .expect("HTTP port [7000]: ").type("8080")
                    .expect("Add the Todo example resource? [Y/n]: ").type("n")
                    .expect("created " + dir.resolve("shop"));
            assertEquals(0, terminal.exitCode(), terminal.screen());
        }
        String metadata = Files.readString(dir.resolve("shop/cleanarch.json"));
        assertTrue(metadata.contains("\"service_prefix\": \"api\""), metadata);
        assertTrue(metadata.contains("\"port\": 8080"), metadata);
        assertTrue(metadata.contains("\"entities\": []"), metadata);
    }

    @Test
    void add_entity_asks_for_the_fields_on_a_terminal_and_shows_them_before_writing() {
        Path project = project();
        try (PseudoTerminal terminal = PseudoTerminal.start(project, GeneratorJvm.command("add-entity"))) {
            terminal.expect("Entity name, in PascalCase (e.g. OrderLine): ").type("Book")
                    .expect("Field name: ").type("title")
                    .expect("14) ref").expect("Type of title [string]: ").type("")
                    .expect("Required? [y/N]: ").type("y")
                    .expect("Unique? [y/N]: ").type("")
                    .expect("Minimum: a length for text, a value for numbers (Enter for none): ").type("")
                    .expect("Maximum (Enter for none): ").type("200")
                    .expect("Default value, filled in when a create leaves it out (Enter for none): ").type("")
                    .expect("Field name: ").type("")
                    .expect("Book    title  string  required max=200")
                    .expect("Add entity Book with this field? [Y/n]: ").type("")
                    .expect("added Book: ");
            assertEquals(0, terminal.exitCode(), terminal.screen());
        }
        assertTrue(Files.exists(project.resolve("src/main/java/com/example/shop/domain/models/Book.java")));
    }

    @Test
    void no_input_asks_nothing_on_a_terminal() {
        try (PseudoTerminal terminal = PseudoTerminal.start(dir,
                GeneratorJvm.command("init", "quiet", "--no-input", "--no-git"))) {
            terminal.expect("created ");
            assertEquals(0, terminal.exitCode(), terminal.screen());
            assertFalse(terminal.screen().contains("?"), terminal.screen());
            assertFalse(terminal.screen().contains("]: "), terminal.screen());
        }
    }

    @Test
    void without_a_terminal_nothing_is_asked_and_the_defaults_apply() throws IOException {
        GeneratorJvm.Result init = GeneratorJvm.run(dir, Map.of(), "init", "plain", "--no-git");
        GeneratorJvm.Result addEntity = GeneratorJvm.run(dir.resolve("plain"), Map.of(), "add-entity", "Tag");

        assertEquals(0, init.exitCode(), init.err());
        assertTrue(init.out().startsWith("created "), init.out());
        assertTrue(Files.readString(dir.resolve("plain/cleanarch.json")).contains("\"name\": \"Todo\""));
        assertEquals(0, addEntity.exitCode(), addEntity.err());
        assertTrue(addEntity.out().startsWith("added Tag: "), addEntity.out());
    }

    private Path project() {
        Cli init = Cli.run("init", "shop", "--no-example", "--no-git", "--output-dir", dir.toString());
        assertEquals(0, init.exitCode(), init.err());
        return dir.resolve("shop");
    }
}
