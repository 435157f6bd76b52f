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
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rename-field}: the bar of the issue (a rename gives the main sources {@code add-entity} writes under the
 * new name), hand-written code renamed through the symbol solver, the migration, and the refusals.
 */
class RenameFieldCommandTest {

    private static final String BASE = "src/main/java/com/example/library/";
    private static final String TESTS = "src/test/java/com/example/library/";

    /** A field of each kind a rename treats apart: plain, unique, checked, enum, reference (and one left as it is). */
    private static final List<String> FIELDS = List.of("title:string:required:max=200", "isbn:string:unique",
            "pages:int:min=1", "format:enum=HARDCOVER|PAPERBACK:default=PAPERBACK", "author:ref=Author:cascade",
            "price:decimal");
    private static final List<String> RENAMED = List.of("heading:string:required:max=200", "code:string:unique",
            "page_count:int:min=1", "binding:enum=HARDCOVER|PAPERBACK:default=PAPERBACK",
            "writer:ref=Author:cascade", "price:decimal");

    @TempDir
    Path workspace;

    @Test
    void renaming_gives_the_main_sources_add_entity_writes_with_the_new_names() {
        Path renamed = project("renamed");
        run(renamed, "add-entity", "Book", FIELDS);
        run(renamed, "rename-field", "Book", List.of("title", "heading"));
        run(renamed, "rename-field", "Book", List.of("isbn", "code"));
        run(renamed, "rename-field", "Book", List.of("pages", "page_count"));
        run(renamed, "rename-field", "Book", List.of("format", "binding"));
        run(renamed, "rename-field", "Book", List.of("author_id", "writer"));

        Path direct = project("direct");
        run(direct, "add-entity", "Book", RENAMED);

        assertEquals(sources(direct, "src/main/java"), sources(renamed, "src/main/java"));
        assertEquals(GeneratedProject.read(direct.resolve("cleanarch.json")),
                GeneratedProject.read(renamed.resolve("cleanarch.json")));
        assertEquals(sources(direct, "src/test/java"), sources(renamed, "src/test/java"));
    }

    @Test
    void a_field_added_later_is_renamed_with_its_test_class() {
        Path grown = project("grown");
        run(grown, "add-entity", "Book", FIELDS.subList(0, 1));
        run(grown, "add-field", "Book", List.of("pages:int:min=1:required:default=1"));
        run(grown, "rename-field", "Book", List.of("pages", "page_count"));

        Path direct = project("direct");
        run(direct, "add-entity", "Book", List.of("title:string:required:max=200"));
        run(direct, "add-field", "Book", List.of("page_count:int:min=1:required:default=1"));

        assertEquals(sources(direct, "src/main/java"), sources(grown, "src/main/java"));
        Map<String, String> tests = sources(grown, "src/test/java");
        assertFalse(tests.containsKey("com/example/library/api/controllers/BookPagesFieldIT.java"));
        assertEquals(sources(direct, "src/test/java"), tests);
        assertEquals("""
                alter table books rename column pages to page_count;
                alter table books rename constraint books_pages_check to books_page_count_check;
                """, GeneratedProject.read(grown.resolve("src/main/resources/db/migration/"
                + "V5__rename_books_pages_to_page_count.sql")));
    }

    @Test
    void the_migration_renames_the_column_its_constraints_and_its_index() {
        Path project = project("library");
        run(project, "add-entity", "Book", FIELDS);
        run(project, "rename-field", "Book", List.of("author", "writer"));
        run(project, "rename-field", "Book", List.of("isbn", "code"));

        Path migrations = project.resolve("src/main/resources/db/migration");
        assertEquals("""
                alter table books rename column author_id to writer_id;
                alter table books rename constraint books_author_id_fkey to books_writer_id_fkey;
                alter index books_author_id_idx rename to books_writer_id_idx;
                """, GeneratedProject.read(migrations.resolve("V4__rename_books_author_id_to_writer_id.sql")));
        assertEquals("""
                alter table books rename column isbn to code;
                alter table books rename constraint books_isbn_key to books_code_key;
                """, GeneratedProject.read(migrations.resolve("V5__rename_books_isbn_to_code.sql")));
        assertTrue(GeneratedProject.read(migrations.resolve("V3__create_books.sql")).contains("isbn"));
    }

    @Test
    void hand_written_code_that_uses_a_renamed_member_is_renamed_and_every_other_line_kept() throws IOException {
        Path project = project("library");
        run(project, "add-entity", "Book", FIELDS);
        Path entity = project.resolve(BASE + "infrastructure/entities/BookEntity.java");
        String ownMethod = """

                    // Hand-written: a label for the catalogue.
                    public String label() {
                        return getTitle() + " (" + format + ")";
                    }
                """;
        Files.writeString(entity, HandEdits.addMember(Files.readString(entity), ownMethod));
        Path service = project.resolve(BASE + "services/BookService.java");
        Files.writeString(service, HandEdits.addMember(Files.readString(service), """

                    // Hand-written: the titles of the given books.
                    public java.util.List<String> titles(java.util.List<Book> books) {
                        return books.stream().map(Book::getTitle).toList();
                    }
                """));
        Path catalogue = project.resolve(BASE + "services/Catalogue.java");
        Files.writeString(catalogue, """
                package com.example.library.services;

                import com.example.library.api.schemas.BookCreateRequest;
                import com.example.library.domain.models.Book;
                import com.example.library.domain.models.BookFormat;

                /** Hand-written: not generated, uses what the fields contributed. */
                public final class Catalogue {

                    public String describe(Book book, BookCreateRequest request) {
                        String title = request.title();
                        BookFormat format = book.getFormat();
                        book.setTitle(title.strip());
                        return title + " " + format + " " + BookFormat.PAPERBACK;
                    }
                }
                """);

        run(project, "rename-field", "Book", List.of("title", "heading"));
        run(project, "rename-field", "Book", List.of("format", "binding"));

        assertEquals("""
                package com.example.library.services;

                import com.example.library.api.schemas.BookCreateRequest;
                import com.example.library.domain.models.Book;
                import com.example.library.domain.models.BookBinding;

                /** Hand-written: not generated, uses what the fields contributed. */
                public final class Catalogue {

                    public String describe(Book book, BookCreateRequest request) {
                        String title = request.heading();
                        BookBinding format = book.getBinding();
                        book.setHeading(title.strip());
                        return title + " " + format + " " + BookBinding.PAPERBACK;
                    }
                }
                """, Files.readString(catalogue));
        assertTrue(Files.readString(service).contains("return books.stream().map(Book::getHeading).toList();"));
        String renamedEntity = Files.readString(entity);
        String renamedMethod = """

                    // Hand-written: a label for the catalogue.
                    public String label() {
                        return getHeading() + " (" + binding + ")";
                    }
                """;
        assertTrue(renamedEntity.contains(renamedMethod), renamedEntity);

        Path direct = project("direct");
        run(direct, "add-entity", "Book", List.of("heading:string:required:max=200", "isbn:string:unique",
                "pages:int:min=1", "binding:enum=HARDCOVER|PAPERBACK:default=PAPERBACK", "author:ref=Author:cascade",
                "price:decimal"));
        assertEquals(GeneratedProject.read(direct.resolve(BASE + "infrastructure/entities/BookEntity.java")),
                renamedEntity.replace(renamedMethod, ""));
    }

    @Test
    void a_name_that_cannot_be_resolved_is_listed_and_refused_unless_kept() throws IOException {
        Path project = project("library");
        run(project, "add-entity", "Book", FIELDS);
        Path client = project.resolve(TESTS + "BookClient.java");
        Files.writeString(client, """
                package com.example.library;

                import org.springframework.http.ResponseEntity;

                class BookClient {
                    String title(ResponseEntity<Object> answer) {
                        return ((com.example.unknown.Remote) answer.getBody()).getTitle();
                    }
                }
                """);
        Map<String, String> before = TreeSnapshot.of(project);

        Cli refused = Cli.run("rename-field", "Book", "title", "heading", "--project-dir", project.toString());

        Refusals.assertRefused(refused, TESTS + "BookClient.java:7 (getTitle)", before, project);
        Cli kept = Cli.run("rename-field", "Book", "title", "heading", "--keep-unresolved", "--project-dir",
                project.toString());
        assertEquals(0, kept.exitCode(), kept.err());
        assertTrue(kept.err().contains("kept unresolved: " + TESTS + "BookClient.java:7 (getTitle)"), kept.err());
        assertTrue(Files.readString(client).contains(").getTitle();"));
    }

    @Test
    void refuses_bad_input_with_one_line_and_changes_nothing() {
        Path project = project("library");
        run(project, "add-entity", "Book", FIELDS);
        Map<String, String> before = TreeSnapshot.of(project);

        Refusals.assertRefused(rename(project, "Movie", "title", "name"), "entity Movie does not exist", before,
                project);
        Refusals.assertRefused(rename(project, "Book", "subtitle", "name"), "field 'subtitle' does not exist",
                before, project);
        Refusals.assertRefused(rename(project, "Book", "title", "isbn"), "field 'isbn' already exists", before,
                project);
        Refusals.assertRefused(rename(project, "Book", "title", "title"), "already named title", before, project);
        Refusals.assertRefused(rename(project, "Book", "title", "class"), "Java keyword", before, project);
        Refusals.assertRefused(rename(project, "Book", "title", "9lives"), "invalid field name", before, project);
        Refusals.assertRefused(rename(project, "Book", "title", "page"), "is taken", before, project);
        Refusals.assertRefused(rename(project, "Book", "title", "created_at"), "built in", before, project);
    }

    @Test
    void a_dry_run_prints_the_diff_and_writes_nothing() {
        Path project = project("library");
        run(project, "add-entity", "Book", FIELDS);
        Map<String, String> before = TreeSnapshot.of(project);

        Cli result = Cli.run("rename-field", "Book", "format", "binding", "--dry-run", "--project-dir",
                project.toString());

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains(
                "create src/main/resources/db/migration/V4__rename_books_format_to_binding.sql"), result.out());
        assertTrue(result.out().contains("delete " + BASE + "domain/models/BookFormat.java"), result.out());
        assertTrue(result.out().contains("-    private BookFormat format = BookFormat.PAPERBACK;"), result.out());
        assertEquals(before, TreeSnapshot.of(project));
    }

    private static Cli rename(Path project, String entity, String field, String newName) {
        return Cli.run("rename-field", entity, field, newName, "--project-dir", project.toString());
    }

    private Path project(String name) {
        Path dir = GeneratedProject.init(workspace.resolve(name), "library", "--no-example").dir();
        run(dir, "add-entity", "Author", List.of("name:string:required"));
        return dir;
    }

    private static void run(Path project, String command, String entity, List<String> arguments) {
        List<String> args = new ArrayList<>(List.of(command, entity));
        args.addAll(arguments);
        args.addAll(List.of("--project-dir", project.toString()));
        Cli result = Cli.run(args.toArray(String[]::new));
        assertEquals(0, result.exitCode(), args + ": " + result.err());
    }

    private static Map<String, String> sources(Path project, String root) {
        Path dir = project.resolve(root);
        Map<String, String> sources = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                sources.put(dir.relativize(file).toString(), Files.readString(file));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return sources;
    }
}
