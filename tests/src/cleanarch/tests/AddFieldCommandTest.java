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

class AddFieldCommandTest {

    private static final String BASE = "src/main/java/com/example/shop/";
    private static final String MODEL = BASE + "domain/models/Book.java";
    private static final String ENTITY = BASE + "infrastructure/entities/BookEntity.java";
    private static final String SERVICE = BASE + "services/BookService.java";

    @TempDir
    Path dir;

    private Path project;

    @BeforeEach
    void generateProject() {
        project = GeneratedProject.init(dir, "shop", "--no-example").dir();
        assertEquals(0, Cli.run("add-entity", "Book", "title:string:required", "--project-dir", project.toString())
                .exitCode());
    }

    @Test
    void adds_an_add_only_migration_and_the_field_to_every_slice_class() throws IOException {
        Path migrations = project.resolve("src/main/resources/db/migration");
        String bookMigration = Files.readString(migrations.resolve("V2__create_books.sql"));

        Cli result = addField("Book", "isbn:string:unique:max=17", "pages:int:required:default=0");

        assertEquals(0, result.exitCode(), result.err());
        assertEquals(bookMigration, Files.readString(migrations.resolve("V2__create_books.sql")));
        assertEquals("""
                alter table books
                    add column isbn varchar(17) unique,
                    add column pages integer not null default 0;
                """, Files.readString(migrations.resolve("V3__add_isbn_pages_to_books.sql")));
        assertTrue(Files.readString(project.resolve(MODEL)).contains("    private int pages = 0;\n"));
        assertTrue(Files.readString(project.resolve(ENTITY)).contains("        entity.setIsbn(book.getIsbn());\n"));
        assertTrue(Files.exists(project.resolve("src/test/java/com/example/shop/api/controllers/BookIsbnFieldIT.java")));
        assertTrue(Files.readString(project.resolve("cleanarch.json")).contains("\"name\": \"isbn\""));
    }

    @Test
    void keeps_what_the_user_added_to_the_slice_classes() throws IOException {
        Path model = project.resolve(MODEL);
        String handEdit = "\n    // Hand-written: a display name for the catalogue.\n"
                + "    public String displayName() {\n        return title.toUpperCase();\n    }\n";
        String edited = Files.readString(model).replaceFirst("\n}\n$", "\n" + handEdit + "}\n");
        Files.writeString(model, edited);
        String service = Files.readString(project.resolve(SERVICE));

        assertEquals(0, addField("Book", "isbn:string").exitCode());

        String after = Files.readString(model);
        assertTrue(after.contains(handEdit), after);
        assertEquals(service, Files.readString(project.resolve(SERVICE)));
    }

    @Test
    void refuses_a_required_field_without_a_default_and_says_why() {
        Map<String, String> before = TreeSnapshot.of(project);

        Cli result = addField("Book", "pages:int:required");

        Refusals.assertRefused(result, "give it a default", before, project);
    }

    @ParameterizedTest
    @ValueSource(strings = {"title:string", "isbn:varchar", "id:long", "page:int", "book:string"})
    void refuses_bad_or_duplicate_fields(String field) {
        Map<String, String> before = TreeSnapshot.of(project);

        Refusals.assertRefused(addField("Book", field), "", before, project);
    }

    @Test
    void adds_a_reference_with_a_foreign_key_and_an_index() throws IOException {
        assertEquals(0, Cli.run("add-entity", "Author", "--project-dir", project.toString()).exitCode());

        assertEquals(0, addField("Book", "author:ref=Author:cascade").exitCode());

        assertEquals("""
                alter table books
                    add column author_id bigint references authors (id) on delete cascade;
                create index books_author_id_idx on books (author_id);
                """, Files.readString(project.resolve("src/main/resources/db/migration/V4__add_author_id_to_books.sql")));
        assertTrue(Files.readString(project.resolve(ENTITY)).contains("    private Long authorId;\n"));
    }

    @Test
    void refuses_a_reference_to_an_entity_that_does_not_exist() {
        Map<String, String> before = TreeSnapshot.of(project);

        Refusals.assertRefused(addField("Book", "author:ref=Author"), "refers to entity Author, which does not exist",
                before, project);
    }

    @Test
    void refuses_a_required_reference_of_an_entity_to_itself() {
        Map<String, String> before = TreeSnapshot.of(project);

        Refusals.assertRefused(addField("Book", "sequel:ref=Book:required:default=1"), "", before, project);
        Refusals.assertRefused(Cli.run("add-entity", "Node", "parent:ref=Node:required", "--project-dir",
                project.toString()), "cannot be required", before, project);
    }

    @Test
    void refuses_an_unknown_entity() {
        Map<String, String> before = TreeSnapshot.of(project);

        Refusals.assertRefused(addField("Author", "name:string"), "entity Author does not exist", before, project);
    }

    @Test
    void refuses_when_a_member_the_edit_needs_was_renamed_and_names_file_and_member() throws IOException {
        Path entity = project.resolve(ENTITY);
        Files.writeString(entity, Files.readString(entity).replace("toDomain()", "asBook()"));
        Map<String, String> before = TreeSnapshot.of(project);

        Refusals.assertRefused(addField("Book", "isbn:string"), "BookEntity.java: method BookEntity.toDomain() is gone", before, project);
    }

    @Test
    void dry_run_shows_the_diffs_and_writes_nothing() {
        Map<String, String> before = TreeSnapshot.of(project);

        Cli result = addField("Book", "isbn:string", "--dry-run");

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("+        entity.setIsbn(book.getIsbn());"), result.out());
        assertTrue(result.out().contains("create src/main/resources/db/migration/V3__add_isbn_to_books.sql"));
        assertEquals(before, TreeSnapshot.of(project));
    }

    private Cli addField(String... args) {
        List<String> all = new ArrayList<>(List.of("add-field"));
        all.addAll(List.of(args));
        all.addAll(List.of("--project-dir", project.toString()));
        return Cli.run(all.toArray(String[]::new));
    }
}
