package cleanarch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

class RemoveFieldCommandTest {

    private static final String BASE = "src/main/java/com/example/shop/";
    private static final String MODEL = BASE + "domain/models/Book.java";
    private static final String SERVICE = BASE + "services/BookService.java";
    private static final String TESTS = "src/test/java/com/example/shop/api/controllers/";
    private static final String MIGRATIONS = "src/main/resources/db/migration/";

    @TempDir
    Path dir;

    private Path project;

    @BeforeEach
    void generateProject() {
        project = GeneratedProject.init(dir, "shop", "--no-example").dir();
        assertEquals(0, Cli.run("add-entity", "Author", "name:string:required", "--project-dir",
                project.toString()).exitCode());
        assertEquals(0, Cli.run("add-entity", "Book", "title:string:required", "author:ref=Author",
                "format:enum=HARDCOVER|PAPERBACK", "--project-dir", project.toString())
                .exitCode());
        assertEquals(0, Cli.run("add-field", "Book", "isbn:string:unique:max=17", "--project-dir",
                project.toString()).exitCode());
    }

    @Test
    void drops_the_columns_in_a_new_migration_and_deletes_the_fields_files() throws IOException {
        Map<String, String> before = TreeSnapshot.of(project);

        Cli result = removeField("Book", "author", "format", "isbn", "--yes");

        assertEquals(0, result.exitCode(), result.err());
        assertEquals("""
                -- Drops each column's constraints and indexes with it (not null, unique, check, foreign key).
                alter table books
                    drop column author_id,
                    drop column format,
                    drop column isbn;
                """, Files.readString(project.resolve(MIGRATIONS + "V5__drop_author_id_format_isbn_from_books.sql")));
        Map<String, String> after = TreeSnapshot.of(project);
        for (String path : before.keySet()) {
            if (path.startsWith(MIGRATIONS)) {
                assertEquals(before.get(path), after.get(path), path + " was edited");
            }
        }
        assertFalse(Files.exists(project.resolve(BASE + "domain/models/BookFormat.java")));
        assertFalse(Files.exists(project.resolve(TESTS + "BookIsbnFieldIT.java")));
        String model = Files.readString(project.resolve(MODEL));
        assertFalse(model.contains("authorId") || model.contains("format") || model.contains("isbn"), model);
        String metadata = Files.readString(project.resolve("cleanarch.json"));
        assertTrue(metadata.contains("\"name\": \"title\"") && !metadata.contains("\"name\": \"isbn\""), metadata);
    }

    @Test
    void keeps_what_the_user_wrote_in_the_slice_classes() throws IOException {
        Path model = project.resolve(MODEL);
        String handWritten = "\n    // Hand-written: the title as the catalogue shows it.\n"
                + "    public String displayTitle() {\n        return title.toUpperCase();\n    }\n";
        Files.writeString(model, HandEdits.addMember(Files.readString(model), handWritten));

        Cli result = removeField("Book", "isbn", "--yes");

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(Files.readString(model).contains(handWritten), Files.readString(model));
    }

    @Test
    void refuses_while_code_the_user_wrote_uses_a_removed_member_and_lists_each_use() throws IOException {
        Path service = project.resolve(SERVICE);
        Files.writeString(service, HandEdits.addMember(Files.readString(service),
                "\n    public String isbnOf(Book book) {\n        return book.getIsbn();\n    }\n"));
        Map<String, String> before = TreeSnapshot.of(project);

        Cli result = removeField("Book", "isbn", "--yes");

        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains("BookService.java:"), result.err());
        assertTrue(result.err().contains("getIsbn"), result.err());
        assertEquals(before, TreeSnapshot.of(project));
    }

    @Test
    void asks_on_a_terminal_and_no_changes_nothing() {
        Map<String, String> before = TreeSnapshot.of(project);

        Cli no = Cli.answering("n\n", "remove-field", "Book", "isbn", "--project-dir", project.toString());

        assertEquals(2, no.exitCode(), no.err());
        assertTrue(no.out().contains("This destroys the column(s) isbn of books"), no.out());
        assertEquals(before, TreeSnapshot.of(project));

        Cli yes = Cli.answering("y\n", "remove-field", "Book", "isbn", "--project-dir", project.toString());
        assertEquals(0, yes.exitCode(), yes.err());
        assertFalse(Files.exists(project.resolve(TESTS + "BookIsbnFieldIT.java")));
    }

    @Test
    void refuses_without_yes_when_nobody_can_be_asked() {
        Map<String, String> before = TreeSnapshot.of(project);
        Refusals.assertRefused(removeField("Book", "isbn"), "confirm with --yes", before, project);
        Refusals.assertRefused(Cli.answering("y\n", "remove-field", "Book", "isbn", "--no-input",
                "--project-dir", project.toString()), "confirm with --yes", before, project);
    }

    @Test
    void refuses_bad_input_in_one_line() {
        Map<String, String> before = TreeSnapshot.of(project);
        Refusals.assertRefused(removeField("Shelf", "isbn", "--yes"), "entity Shelf does not exist", before,
                project);
        Refusals.assertRefused(removeField("Book", "pages", "--yes"), "entity Book has no field pages", before,
                project);
        Refusals.assertRefused(removeField("Book", "isbn", "isbn", "--yes"), "field isbn is named twice", before,
                project);
    }

    @Test
    void dry_run_prints_the_changes_and_writes_nothing() {
        Map<String, String> before = TreeSnapshot.of(project);

        Cli result = removeField("Book", "isbn", "--dry-run");

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("delete " + TESTS + "BookIsbnFieldIT.java"), result.out());
        assertTrue(result.out().contains("-    private String isbn;"), result.out());
        assertEquals(before, TreeSnapshot.of(project));
    }

    @Test
    void the_last_field_may_go() throws IOException {
        Cli result = removeField("Author", "name", "--yes");
        assertEquals(0, result.exitCode(), result.err());
        // Books' tests create authors from the author's sample: they follow.
        assertFalse(Files.readString(project.resolve(TESTS + "BookControllerIT.java")).contains("\"name\""));
    }

    private Cli removeField(String... args) {
        List<String> all = new ArrayList<>(List.of("remove-field"));
        all.addAll(List.of(args));
        all.addAll(List.of("--project-dir", project.toString()));
        return Cli.run(all.toArray(String[]::new));
    }
}
