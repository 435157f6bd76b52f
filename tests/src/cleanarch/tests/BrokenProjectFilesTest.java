package cleanarch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A corpus of broken project files (the metadata, the journal, the lock): every command refuses each with exit code
 * 2, exactly one line on stderr starting with {@code error:}, no text of a library, and nothing changed on disk.
 */
class BrokenProjectFilesTest {

    private static final List<List<String>> COMMANDS = List.of(
            List.of("add-entity", "Tag", "name:string"),
            List.of("add-field", "Book", "pages:int"),
            List.of("add-entity", "Tag", "--dry-run"));

    @TempDir
    Path dir;

    private Path project;

    @BeforeEach
    void generateProject() {
        project = GeneratedProject.init(dir, "shop", "--no-example").dir();
        assertEquals(0, Cli.run("add-entity", "Book", "title:string", "--project-dir", project.toString())
                .exitCode());
    }

    /** A damage done to a project: its name in the test report, and what it does to the files. */
    record Damage(String name, Consumer<Path> apply) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> corpus() {
        List<Damage> damages = new ArrayList<>();
        for (String[] text : new String[][] {
                {"an array", "[]"}, {"a string", "\"cleanarch\""}, {"a number", "42"}, {"null", "null"},
                {"an empty object", "{}"}, {"truncated JSON", "{\"generator\": \"cleanarch\","},
                {"single quotes", "{'generator': 'cleanarch'}"}, {"a comment", "// mine\n{}"},
                {"two values", "{} {}"}, {"deep nesting", "[".repeat(100_000)}, {"an empty file", ""},
                {"blank lines", " \n\n"}}) {
            damages.add(new Damage("cleanarch.json holds " + text[0], root -> write(root, "cleanarch.json",
                    text[1])));
        }
        damages.add(new Damage("cleanarch.json is not UTF-8", root -> write(root, "cleanarch.json",
                new byte[] {'{', (byte) 0xff, (byte) 0xfe, '}'})));
        metadata(damages, "without project", json -> json.remove("project"));
        metadata(damages, "with project as a list", json -> json.add("project", new JsonArray()));
        metadata(damages, "with entities as a string", json -> json.addProperty("entities", "Book"));
        metadata(damages, "with entities as an object", json -> json.add("entities", new JsonObject()));
        metadata(damages, "with another generator", json -> json.addProperty("generator", "yeoman"));
        metadata(damages, "with the port as a string", json -> project(json).addProperty("port", "7000"));
        metadata(damages, "with a fractional port", json -> project(json).addProperty("port", 7000.5));
        metadata(damages, "with a port beyond 64 bits",
                json -> project(json).add("port", new JsonPrimitive(new BigInteger("9".repeat(30)))));
        metadata(damages, "with a port out of range", json -> project(json).addProperty("port", 70000));
        metadata(damages, "with an invalid package", json -> project(json).addProperty("package_name", "Com..x"));
        metadata(damages, "with an entity without a name", json -> entity(json).remove("name"));
        metadata(damages, "with an entity named by a number", json -> entity(json).addProperty("name", 7));
        metadata(damages, "with an invalid entity name", json -> entity(json).addProperty("name", "1Book"));
        metadata(damages, "with fields as a string", json -> entity(json).addProperty("fields", "title"));
        metadata(damages, "with an unknown field type", json -> field(json).addProperty("type", "blob"));
        metadata(damages, "with a field type that is a number", json -> field(json).addProperty("type", 3));
        metadata(damages, "with a field without a type", json -> field(json).remove("type"));
        metadata(damages, "with a field named 'class name'", json -> field(json).addProperty("name", "class name"));
        metadata(damages, "with required as a string", json -> field(json).addProperty("required", "yes"));
        metadata(damages, "with max as a string", json -> field(json).addProperty("max", "255"));
        metadata(damages, "with an enum without values", json -> field(json).addProperty("type", "enum"));
        metadata(damages, "with a reference to no entity", json -> {
            field(json).addProperty("type", "ref");
            field(json).addProperty("reference", "Nobody");
        });
        metadata(damages, "with a null field", json -> entity(json).getAsJsonArray("fields").set(0, null));
        for (String[] text : new String[][] {
                {"garbage", "garbage"}, {"nothing", ""}, {"an array", "[]"}, {"an empty object", "{}"},
                {"a future format", "{\"format\": 2, \"command\": \"x\", \"pid\": 1, \"created_directories\": [],"
                        + " \"files\": []}"},
                {"a path out of the project", "{\"format\": 1, \"command\": \"x\", \"pid\": 1, "
                        + "\"createdDirectories\": [], \"files\": [{\"path\": \"../outside\"}]}"},
                {"an absolute path", "{\"format\": 1, \"command\": \"x\", \"pid\": 1, "
                        + "\"createdDirectories\": [], \"files\": [{\"path\": \"/etc/passwd\"}]}"},
                {"content that is not Base64", "{\"format\": 1, \"command\": \"x\", \"pid\": 1, "
                        + "\"createdDirectories\": [], \"files\": [{\"path\": \"pom.xml\", \"original\": \"%%\"}]}"}}) {
            damages.add(new Damage("a journal holding " + text[0], root -> write(root, ".cleanarch/journal",
                    text[1])));
        }
        damages.add(new Damage("a lock directory that is a file", root -> {
            TestFiles.deleteTree(root.resolve(".cleanarch"));
            write(root, ".cleanarch", "mine");
        }));
        damages.add(new Damage("a lock file that is a directory", root -> {
            try {
                Files.delete(root.resolve(".cleanarch/lock"));
                Files.createDirectories(root.resolve(".cleanarch/lock/inside"));
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }));
        return damages.stream().flatMap(damage -> COMMANDS.stream().map(command -> Arguments.of(damage, command)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("corpus")
    void every_command_refuses_a_broken_project_file_with_one_line_and_changes_nothing(Damage damage,
            List<String> command) {
        // A dry run takes no lock where there is no lock directory: it plans and prints, as it should.
        assumeFalse(damage.name().startsWith("a lock directory") && command.contains("--dry-run"));
        damage.apply().accept(project);
        Map<String, String> before = TreeSnapshot.of(project);
        List<String> args = new ArrayList<>(command);
        args.addAll(List.of("--project-dir", project.toString()));

        Cli result = Cli.run(args.toArray(String[]::new));

        assertEquals(2, result.exitCode(), result.out() + result.err());
        assertEquals(1, result.err().lines().count(), result.err());
        assertTrue(result.err().startsWith("error: "), result.err());
        for (String libraryText : List.of("Exception", "com.google", "gson", "http", "\tat ", "picocli")) {
            assertFalse(result.err().contains(libraryText), result.err());
        }
        assertEquals("", result.out());
        assertEquals(before, TreeSnapshot.of(project));
    }

    @Test
    void a_lock_file_with_garbage_and_no_live_holder_is_taken_over() throws IOException {
        write(project, ".cleanarch/lock", "\u0000\u00ffgarbage\nmore garbage");

        Cli result = Cli.run("add-entity", "Tag", "name:string", "--project-dir", project.toString());

        assertEquals(0, result.exitCode(), result.err());
        assertEquals("", result.err());
        assertEquals("", Files.readString(project.resolve(".cleanarch/lock")));
    }

    @Test
    void a_dependency_container_that_is_not_utf8_is_refused_with_one_line() throws IOException {
        Path container = project.resolve("src/main/java/com/example/shop/DependencyContainer.java");
        Files.write(container, new byte[] {'c', 'l', (byte) 0xff, 's', 's'});
        Map<String, String> before = TreeSnapshot.of(project);

        Cli result = Cli.run("add-entity", "Tag", "--project-dir", project.toString());

        assertEquals("error: cannot read " + container + " (not UTF-8 text); nothing was written\n", result.err());
        assertEquals(2, result.exitCode());
        assertEquals(before, TreeSnapshot.of(project));
    }

    @Test
    void a_message_names_the_key_that_is_wrong() {
        metadataOf(project, json -> field(json).addProperty("type", "blob"));

        Cli result = Cli.run("add-entity", "Tag", "--project-dir", project.toString());

        assertEquals("error: " + project.resolve("cleanarch.json") + " is not valid cleanarch metadata: "
                + "entities[0].fields[0].type is 'blob', not one of string, text, email, int, long, decimal, "
                + "boolean, date, time, datetime, uuid, json, enum, ref\n", result.err());
    }

    private static void metadata(List<Damage> damages, String name, Consumer<JsonObject> change) {
        damages.add(new Damage("cleanarch.json " + name, root -> metadataOf(root, change)));
    }

    private static void metadataOf(Path root, Consumer<JsonObject> change) {
        try {
            JsonObject json = JsonParser.parseString(Files.readString(root.resolve("cleanarch.json")))
                    .getAsJsonObject();
            change.accept(json);
            write(root, "cleanarch.json", json.toString());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static JsonObject project(JsonObject json) {
        return json.getAsJsonObject("project");
    }

    private static JsonObject entity(JsonObject json) {
        return json.getAsJsonArray("entities").get(0).getAsJsonObject();
    }

    private static JsonObject field(JsonObject json) {
        JsonElement field = entity(json).getAsJsonArray("fields").get(0);
        return field.getAsJsonObject();
    }

    private static void write(Path root, String file, String content) {
        write(root, file, content.getBytes(StandardCharsets.UTF_8));
    }

    private static void write(Path root, String file, byte[] content) {
        try {
            Files.write(root.resolve(file), content);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
