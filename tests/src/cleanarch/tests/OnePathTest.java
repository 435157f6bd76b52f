package cleanarch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One path: a new entity is its skeleton plus, for each field, what {@code add-field} contributes. Whichever order
 * of commands builds an entity, its main sources are the same, byte for byte, for every field type. (Migrations
 * and test classes differ by design: {@code add-entity} writes one {@code create table} and one test class for the
 * entity, {@code add-field} an {@code alter table} and a test class per field.)
 */
class OnePathTest {

    /** Every type, with the modifiers that change what a field contributes; add-field needs a default when required. */
    private static final List<String> FIELDS = List.of(
            "title:string:required:max=200:default=untitled", "summary:text:max=5000", "contact:email:unique",
            "pages:int:required:min=1:max=10000:default=1", "copies_sold:long:min=0", "price:decimal:min=0",
            "in_print:boolean:default=true", "published_on:date", "opens_at:time", "published_at:datetime",
            "external_id:uuid:unique", "extra:json", "format:enum=HARDCOVER|PAPERBACK:default=PAPERBACK",
            "author:ref=Author:cascade", "parent:ref=Book");

    @TempDir
    Path workspace;

    @Test
    void add_entity_with_fields_equals_add_entity_then_add_field_with_them() {
        Path whole = project("whole");
        run(whole, List.of("add-entity", "Book"), FIELDS);

        Path grown = project("grown");
        run(grown, List.of("add-entity", "Book"), List.of());
        run(grown, List.of("add-field", "Book"), FIELDS);

        assertEquals(mainSources(whole), mainSources(grown));
    }

    @Test
    void adding_the_fields_one_at_a_time_gives_the_same_sources() {
        Path whole = project("whole");
        run(whole, List.of("add-entity", "Book"), FIELDS);

        Path grown = project("grown");
        run(grown, List.of("add-entity", "Book"), FIELDS.subList(0, 1));
        for (String field : FIELDS.subList(1, FIELDS.size())) {
            run(grown, List.of("add-field", "Book"), List.of(field));
        }

        assertEquals(mainSources(whole), mainSources(grown));
    }

    @Test
    void init_with_the_example_equals_init_without_it_then_add_entity_todo() {
        Path example = GeneratedProject.init(workspace.resolve("example"), "shop").dir();
        Path added = GeneratedProject.init(workspace.resolve("added"), "shop", "--no-example").dir();
        run(added, List.of("add-entity", "Todo"),
                List.of("title:string:required:max=255", "description:text", "completed:boolean:default=false"));

        assertEquals(mainSources(example), mainSources(added));
    }

    private Path project(String name) {
        Path dir = GeneratedProject.init(workspace.resolve(name), "library", "--no-example").dir();
        run(dir, List.of("add-entity", "Author"), List.of("name:string:required"));
        return dir;
    }

    private static void run(Path project, List<String> command, List<String> fields) {
        List<String> args = new ArrayList<>(command);
        args.addAll(fields);
        args.addAll(List.of("--project-dir", project.toString()));
        Cli result = Cli.run(args.toArray(String[]::new));
        assertEquals(0, result.exitCode(), result.err());
    }

    private static Map<String, String> mainSources(Path project) {
        Path main = project.resolve("src/main/java");
        Map<String, String> sources = new TreeMap<>();
        try (var files = Files.walk(main)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                sources.put(main.relativize(file).toString(), Files.readString(file));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return sources;
    }
}
