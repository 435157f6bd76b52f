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

class RemoveEntityCommandTest {

    private static final String BASE = "src/main/java/com/example/shop/";
    private static final String CONTAINER = BASE + "DependencyContainer.java";
    private static final String BOOK_IT = "src/test/java/com/example/shop/api/controllers/BookControllerIT.java";
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
                "format:enum=HARDCOVER|PAPERBACK", "--project-dir", project.toString()).exitCode());
    }

    @Test
    void drops_the_table_deletes_the_slice_and_takes_its_beans_out_of_the_container() throws IOException {
        Path container = project.resolve(CONTAINER);
        String ownBean = "\n    // Hand-written: a bean of the user's own.\n    @Bean\n    public String greeting() {\n"
                + "        return \"hello\";\n    }\n";
        Files.writeString(container, HandEdits.addMember(Files.readString(container), ownBean));

        Cli result = removeEntity("Book", "--yes");

        assertEquals(0, result.exitCode(), result.err());
        assertEquals("""
                -- Dropping the table drops its identity sequence, constraints and indexes with it.
                drop table books;
                """, Files.readString(project.resolve(MIGRATIONS + "V4__drop_books.sql")));
        assertTrue(Files.exists(project.resolve(MIGRATIONS + "V3__create_books.sql")));
        for (String gone : List.of("domain/models/Book.java", "domain/models/BookFormat.java",
                "services/BookService.java", "api/controllers/BookController.java")) {
            assertFalse(Files.exists(project.resolve(BASE + gone)), gone);
        }
        assertFalse(Files.exists(project.resolve(BOOK_IT)));
        String edited = Files.readString(container);
        assertFalse(edited.contains("Book"), edited);
        assertTrue(edited.contains(ownBean), edited);
        assertTrue(edited.contains("authorService"), edited);
        assertFalse(Files.readString(project.resolve("cleanarch.json")).contains("\"Book\""));
    }

    @Test
    void refuses_while_another_entity_refers_to_it() {
        Map<String, String> before = TreeSnapshot.of(project);
        Refusals.assertRefused(removeEntity("Author", "--yes"), "entity Author is referred to by Book.author_id",
                before, project);
    }

    @Test
    void keeps_and_lists_a_file_edited_by_hand_unless_forced() throws IOException {
        Path test = project.resolve(BOOK_IT);
        String edited = HandEdits.addMember(Files.readString(test), "\n    // Hand-written.\n"
                + "    private static final int ANSWER = 42;\n");
        Files.writeString(test, edited);

        Cli result = removeEntity("Book", "--yes");

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.err().contains("kept: " + BOOK_IT), result.err());
        assertEquals(edited, Files.readString(test));
        assertFalse(Files.exists(project.resolve(BASE + "services/BookService.java")));
    }

    @Test
    void force_deletes_the_files_edited_by_hand_too() throws IOException {
        Path service = project.resolve(BASE + "services/BookService.java");
        Files.writeString(service, HandEdits.addMember(Files.readString(service), "\n    // Hand-written.\n"
                + "    public int answer() {\n        return 42;\n    }\n"));
        Map<String, String> before = TreeSnapshot.of(project);

        Cli kept = removeEntity("Book", "--yes");
        // Kept, the edited service would use the deleted classes: refused, with each use.
        assertEquals(2, kept.exitCode(), kept.err());
        assertTrue(kept.err().contains("BookService.java:"), kept.err());
        assertEquals(before, TreeSnapshot.of(project));

        Cli forced = removeEntity("Book", "--yes", "--force");
        assertEquals(0, forced.exitCode(), forced.err());
        assertFalse(Files.exists(service));
    }

    @Test
    void refuses_while_code_the_user_wrote_uses_its_classes() throws IOException {
        Path service = project.resolve(BASE + "services/AuthorService.java");
        Files.writeString(service, HandEdits.addMember(Files.readString(service),
                "\n    public String describe(com.example.shop.domain.models.Book book) {\n"
                        + "        return book.getTitle();\n    }\n"));
        Map<String, String> before = TreeSnapshot.of(project);

        Cli result = removeEntity("Book", "--yes");

        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains("AuthorService.java:"), result.err());
        assertEquals(before, TreeSnapshot.of(project));
    }

    @Test
    void refuses_bad_input_and_a_missing_confirmation_in_one_line() {
        Map<String, String> before = TreeSnapshot.of(project);
        Refusals.assertRefused(removeEntity("Shelf", "--yes"), "entity Shelf does not exist", before, project);
        Refusals.assertRefused(removeEntity("Book"), "confirm with --yes", before, project);
        Refusals.assertRefused(removeEntity("Book", "--no-input"), "confirm with --yes", before, project);
    }

    @Test
    void dry_run_prints_the_deletions_and_the_container_diff() {
        Map<String, String> before = TreeSnapshot.of(project);

        Cli result = removeEntity("Book", "--dry-run");

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("delete " + BASE + "domain/models/Book.java"), result.out());
        assertTrue(result.out().contains("-    public BookService bookService("), result.out());
        assertEquals(before, TreeSnapshot.of(project));
    }

    @Test
    void asks_on_a_terminal() {
        Map<String, String> before = TreeSnapshot.of(project);
        Cli no = Cli.answering("\n", "remove-entity", "Book", "--project-dir", project.toString());
        assertEquals(2, no.exitCode(), no.err());
        assertTrue(no.out().contains("This destroys the table books and every row in it. Go on? [y/N]"), no.out());
        assertEquals(before, TreeSnapshot.of(project));
    }

    private Cli removeEntity(String... args) {
        List<String> all = new ArrayList<>(List.of("remove-entity"));
        all.addAll(List.of(args));
        all.addAll(List.of("--project-dir", project.toString()));
        return Cli.run(all.toArray(String[]::new));
    }
}
