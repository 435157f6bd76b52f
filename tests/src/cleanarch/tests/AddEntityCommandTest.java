package cleanarch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddEntityCommandTest {

    private static final String CONTAINER = "src/main/java/com/example/shop/DependencyContainer.java";

    @TempDir
    Path dir;

    private Path project;

    @BeforeEach
    void generateProject() {
        project = GeneratedProject.init(dir, "shop").dir();
    }

    @Test
    void adds_the_slice_and_records_the_entity() throws IOException {
        Cli result = addEntity("Book", "title:string:required", "published_on:date");

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(Files.exists(project.resolve("src/main/java/com/example/shop/api/controllers/BookController.java")));
        assertTrue(Files.exists(project.resolve("src/main/resources/db/migration/V3__create_books.sql")));
        String container = Files.readString(project.resolve(CONTAINER));
        assertTrue(container.contains("public BookService bookService(\n            BookRepository bookRepository, Clock clock)"));
        String metadata = Files.readString(project.resolve("cleanarch.json"));
        assertTrue(metadata.contains("\"name\": \"Book\"") && metadata.contains("\"name\": \"publishedOn\""));
    }

    @Test
    void an_entity_without_fields_is_a_complete_slice() {
        Cli result = addEntity("Tag");

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(Files.exists(project.resolve("src/main/java/com/example/shop/domain/models/Tag.java")));
    }

    @Test
    void numbers_the_migration_after_every_existing_one_including_hand_written_ones() throws IOException {
        Path migrations = project.resolve("src/main/resources/db/migration");
        Files.writeString(migrations.resolve("V7__add_index_by_hand.sql"), "create index x on todos (title);\n");
        Files.writeString(migrations.resolve("V7_1__fix_by_hand.sql"), "select 1;\n");

        assertEquals(0, addEntity("Book", "title:string").exitCode());
        assertEquals(0, addEntity("Author").exitCode());

        assertTrue(Files.exists(migrations.resolve("V8__create_books.sql")));
        assertTrue(Files.exists(migrations.resolve("V9__create_authors.sql")));
    }

    @Test
    void dry_run_prints_new_files_and_a_diff_of_changed_ones_and_writes_nothing() {
        Map<String, String> before = TreeSnapshot.of(project);

        Cli result = addEntity("Book", "title:string", "--dry-run");

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("create src/main/java/com/example/shop/domain/models/Book.java"));
        assertTrue(result.out().contains("+++ b/" + CONTAINER), result.out());
        assertTrue(result.out().contains("+    public BookService bookService("), result.out());
        assertEquals(before, TreeSnapshot.of(project));
    }

    @Test
    void running_it_twice_is_refused_the_second_time_without_a_second_bean() throws IOException {
        assertEquals(0, addEntity("Book", "title:string").exitCode());
        Map<String, String> before = TreeSnapshot.of(project);

        Cli again = addEntity("Book", "title:string");

        Refusals.assertRefused(again, "already exists", before, project);
        assertEquals(1, Files.readString(project.resolve(CONTAINER)).split("bookService\\(").length - 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1Book", "Book$", "class", "String", "Entity", "Page", "Repository", "Book Shop",
            "TODO", "todo"})
    void refuses_invalid_reserved_or_duplicate_entity_names(String name) {
        Map<String, String> before = TreeSnapshot.of(project);

        Refusals.assertRefused(addEntity(name, "title:string"), "", before, project);
    }

    @ParameterizedTest
    @ValueSource(strings = {"title:varchar", "title:string:shiny", "id:long", "created_at:datetime",
            "class:string", "page:int", "per_page:int", "sort:string", "after:long", "book:string",
            "flag:boolean:unique"})
    void refuses_bad_fields(String field) {
        Map<String, String> before = TreeSnapshot.of(project);

        Refusals.assertRefused(addEntity("Book", field), "", before, project);
    }

    @Test
    void refuses_a_duplicate_field() {
        Map<String, String> before = TreeSnapshot.of(project);

        Refusals.assertRefused(addEntity("Book", "title:string", "title:text"), "duplicate field", before, project);
    }

    @Test
    void refuses_a_directory_that_was_not_generated_by_cleanarch() throws IOException {
        Path plain = Files.createDirectories(dir.resolve("plain"));
        Files.writeString(plain.resolve("pom.xml"), "<project/>");
        Map<String, String> before = TreeSnapshot.of(plain);

        Cli result = Cli.run("add-entity", "Book", "--project-dir", plain.toString());

        Refusals.assertRefused(result, "not a project generated by cleanarch", before, plain);
    }

    @Test
    void refuses_when_a_file_it_would_create_already_exists() throws IOException {
        Path controller = project.resolve("src/main/java/com/example/shop/api/controllers/BookController.java");
        Files.writeString(controller, "// my own\n");
        Map<String, String> before = TreeSnapshot.of(project);

        Refusals.assertRefused(addEntity("Book", "title:string"), "BookController.java already exists", before, project);
    }

    @Test
    void refuses_when_the_container_class_is_gone_and_names_file_and_symbol() throws IOException {
        Path container = project.resolve(CONTAINER);
        Files.writeString(container, Files.readString(container).replace("public class DependencyContainer",
                "public class Wiring"));
        Map<String, String> before = TreeSnapshot.of(project);

        Refusals.assertRefused(addEntity("Book", "title:string"), "DependencyContainer.java: type DependencyContainer", before, project);
    }

    @Test
    void refuses_when_the_container_file_is_gone() throws IOException {
        Files.delete(project.resolve(CONTAINER));
        Map<String, String> before = TreeSnapshot.of(project);

        Refusals.assertRefused(addEntity("Book", "title:string"), "DependencyContainer.java is missing", before, project);
    }

    @Test
    void refuses_when_the_container_does_not_parse() throws IOException {
        Path container = project.resolve(CONTAINER);
        Files.writeString(container, Files.readString(container) + "\n}}}\n");
        Map<String, String> before = TreeSnapshot.of(project);

        Refusals.assertRefused(addEntity("Book", "title:string"), "does not parse", before, project);
    }

    private Cli addEntity(String... args) {
        List<String> all = new ArrayList<>(List.of("add-entity"));
        all.addAll(List.of(args));
        all.addAll(List.of("--project-dir", project.toString()));
        return Cli.run(all.toArray(String[]::new));
    }
}
