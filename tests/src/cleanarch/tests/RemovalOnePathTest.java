package cleanarch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Removal is the inverse of addition: an entity from which fields were removed has the sources of the entity
 * created without them, byte for byte, for every field type in every position; and an entity removed leaves the
 * project as it was before it was added, {@code DependencyContainer} included.
 */
class RemovalOnePathTest {

    /** Every type, with the modifiers that change what a field contributes (OnePathTest's list). */
    private static final List<String> FIELDS = List.of(
            "title:string:required:max=200:default=untitled", "summary:text:max=5000", "contact:email:unique",
            "pages:int:required:min=1:max=10000:default=1", "copies_sold:long:min=0", "price:decimal:min=0",
            "in_print:boolean:default=true", "published_on:date", "opens_at:time", "published_at:datetime",
            "external_id:uuid:unique", "extra:json", "format:enum=HARDCOVER|PAPERBACK:default=PAPERBACK",
            "author:ref=Author:cascade", "parent:ref=Book");

    @TempDir
    Path workspace;

    @Test
    void removing_every_other_field_gives_the_entity_created_without_them() {
        for (int parity = 0; parity < 2; parity++) {
            List<String> removed = new ArrayList<>();
            List<String> kept = new ArrayList<>();
            for (int i = 0; i < FIELDS.size(); i++) {
                (i % 2 == parity ? removed : kept).add(FIELDS.get(i));
            }
            Path shrunk = project("shrunk" + parity);
            run(shrunk, List.of("add-entity", "Book"), FIELDS);
            run(shrunk, List.of("remove-field", "Book", "--yes"), names(removed));

            Path created = project("created" + parity);
            run(created, List.of("add-entity", "Book"), kept);

            assertEquals(sources(created, "src/main/java"), sources(shrunk, "src/main/java"), "removed " + removed);
            assertEquals(sources(created, "src/test/java"), sources(shrunk, "src/test/java"), "removed " + removed);
        }
    }

    @Test
    void removing_each_field_alone_gives_the_entity_created_without_it() {
        Path shrunk = project("shrunk");
        run(shrunk, List.of("add-entity", "Book"), FIELDS);
        List<String> left = new ArrayList<>(FIELDS);
        for (String field : FIELDS.subList(0, FIELDS.size() - 1)) {
            run(shrunk, List.of("remove-field", "Book", "--yes"), names(List.of(field)));
            left.remove(field);
        }
        Path created = project("created");
        run(created, List.of("add-entity", "Book"), left);

        assertEquals(sources(created, "src/main/java"), sources(shrunk, "src/main/java"));
        assertEquals(sources(created, "src/test/java"), sources(shrunk, "src/test/java"));
    }

    @Test
    void removing_fields_added_by_add_field_gives_back_the_main_sources() {
        Path grown = project("grown");
        run(grown, List.of("add-entity", "Book"), List.of("name:string:required"));
        Map<String, String> before = sources(grown, "src/main/java");
        Map<String, String> testsBefore = sources(grown, "src/test/java");
        run(grown, List.of("add-field", "Book"), FIELDS.subList(0, 13));
        run(grown, List.of("remove-field", "Book", "--yes"), names(FIELDS.subList(0, 13)));

        assertEquals(before, sources(grown, "src/main/java"));
        assertEquals(testsBefore, sources(grown, "src/test/java"));
    }

    @Test
    void removing_an_entity_just_added_gives_back_the_project() {
        Path project = project("project");
        run(project, List.of("add-entity", "Tag"), List.of("label:string:unique"));
        Map<String, String> main = sources(project, "src/main/java");
        Map<String, String> tests = sources(project, "src/test/java");
        run(project, List.of("add-entity", "Book"), FIELDS);
        run(project, List.of("remove-entity", "Book", "--yes"), List.of());

        assertEquals(main, sources(project, "src/main/java"));
        assertEquals(tests, sources(project, "src/test/java"));
    }

    @Test
    void removing_the_example_gives_the_project_made_without_it() {
        Path example = GeneratedProject.init(workspace.resolve("example"), "shop").dir();
        Path without = GeneratedProject.init(workspace.resolve("without"), "shop", "--no-example").dir();
        run(example, List.of("remove-entity", "Todo", "--yes"), List.of());

        assertEquals(sources(without, "src/main/java"), sources(example, "src/main/java"));
        assertEquals(sources(without, "src/test/java"), sources(example, "src/test/java"));
    }

    private Path project(String name) {
        Path dir = GeneratedProject.init(workspace.resolve(name), "library", "--no-example").dir();
        run(dir, List.of("add-entity", "Author"), List.of("name:string:required"));
        return dir;
    }

    private static List<String> names(List<String> specs) {
        return specs.stream().map(spec -> spec.substring(0, spec.indexOf(':'))).toList();
    }

    private static void run(Path project, List<String> command, List<String> arguments) {
        List<String> args = new ArrayList<>(command);
        args.addAll(arguments);
        args.addAll(List.of("--project-dir", project.toString()));
        Cli result = Cli.run(args.toArray(String[]::new));
        assertEquals(0, result.exitCode(), result.err());
    }

    static Map<String, String> sources(Path project, String root) {
        Path directory = project.resolve(root);
        Map<String, String> sources = new TreeMap<>();
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                sources.put(directory.relativize(file).toString(), Files.readString(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sources;
    }
}
