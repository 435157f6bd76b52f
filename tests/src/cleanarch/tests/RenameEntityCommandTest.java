package cleanarch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * {@code rename-entity}: a renamed entity, or one that others refer to, gives the sources {@code add-entity} writes
 * under the new name (its beans keep their place in {@code DependencyContainer}); the migration renames the table
 * and what is named after it; bad input is refused.
 */
class RenameEntityCommandTest {

    private static final List<String> AUTHOR = List.of("name:string:required:unique", "born:date");
    private static final List<String> BOOK = List.of("title:string:required:max=200", "pages:int:min=1",
            "format:enum=HARDCOVER|PAPERBACK", "author:ref=Author:required", "parent:ref=Book");

    private static final String SERVICE_CONTEXT_IMPORT = "import com.example.library.services.ServiceContextService;\n";
    private static final String SHELF_IMPORT = "import com.example.library.services.Shelf;\n";

    @TempDir
    Path workspace;

    @Test
    void renaming_gives_the_sources_add_entity_writes_with_the_new_name() {
        Path renamed = project("renamed", "Author", "Book");
        run(renamed, "rename-entity", "Book", "Novel");

        Path direct = project("direct", "Author", "Novel");

        assertEquals(sources(direct, "src/main/java"), sources(renamed, "src/main/java"));
        assertEquals(sources(direct, "src/test/java"), sources(renamed, "src/test/java"));
        assertEquals(GeneratedProject.read(direct.resolve("cleanarch.json")),
                GeneratedProject.read(renamed.resolve("cleanarch.json")));
    }

    @Test
    void renaming_a_referenced_entity_renames_the_references() {
        Path renamed = project("renamed", "Author", "Book");
        run(renamed, "rename-entity", "Author", "Writer");

        Path direct = project("direct", "Writer", "Book");

        assertEquals(sources(direct, "src/main/java"), sources(renamed, "src/main/java"));
        assertEquals(sources(direct, "src/test/java"), sources(renamed, "src/test/java"));
        assertEquals(GeneratedProject.read(direct.resolve("cleanarch.json")),
                GeneratedProject.read(renamed.resolve("cleanarch.json")));
        assertEquals("""
                alter table authors rename to writers;
                alter sequence authors_id_seq rename to writers_id_seq;
                alter table writers rename constraint authors_pkey to writers_pkey;
                alter table writers rename constraint authors_name_key to writers_name_key;
                """, GeneratedProject.read(renamed.resolve(
                        "src/main/resources/db/migration/V4__rename_authors_to_writers.sql")));
    }

    @Test
    void the_migration_renames_the_constraints_and_indexes_of_every_column() {
        Path project = project("library", "Author", "Book");
        run(project, "rename-entity", "Book", "Novel");

        assertEquals("""
                alter table books rename to novels;
                alter sequence books_id_seq rename to novels_id_seq;
                alter table novels rename constraint books_pkey to novels_pkey;
                alter table novels rename constraint books_pages_check to novels_pages_check;
                alter table novels rename constraint books_format_check to novels_format_check;
                alter table novels rename constraint books_author_id_fkey to novels_author_id_fkey;
                alter table novels rename constraint books_parent_id_fkey to novels_parent_id_fkey;
                alter index books_author_id_idx rename to novels_author_id_idx;
                alter index books_parent_id_idx rename to novels_parent_id_idx;
                """, GeneratedProject.read(project.resolve(
                        "src/main/resources/db/migration/V4__rename_books_to_novels.sql")));
    }

    @Test
    void hand_written_code_and_beans_follow_the_renamed_classes_and_imports_stay_sorted() throws IOException {
        Path project = project("library", "Author", "Book");
        Path shelf = project.resolve("src/main/java/com/example/library/services/Shelf.java");
        Files.writeString(shelf, """
                package com.example.library.services;

                import com.example.library.domain.models.Book;
                import com.example.library.domain.models.BookFormat;

                /** Hand-written. */
                public final class Shelf {

                    public boolean isPaperback(Book book, BookService books) {
                        return book.getFormat() == BookFormat.PAPERBACK && books != null;
                    }
                }
                """);

        Path container = project.resolve("src/main/java/com/example/library/DependencyContainer.java");
        String bean = """

                    // Hand-written: a shelf for the books.
                    @Bean
                    public Shelf shelf(BookService bookService) {
                        return new Shelf();
                    }
                """;
        Files.writeString(container, HandEdits.addMember(Files.readString(container), bean)
                .replace(SERVICE_CONTEXT_IMPORT, SERVICE_CONTEXT_IMPORT + SHELF_IMPORT));

        run(project, "rename-entity", "Book", "Novel");

        Path direct = project("direct", "Author", "Novel");
        Path directContainer = direct.resolve("src/main/java/com/example/library/DependencyContainer.java");
        assertEquals(HandEdits.addMember(Files.readString(directContainer),
                bean.replace("BookService bookService", "NovelService novelService"))
                .replace(SERVICE_CONTEXT_IMPORT, SERVICE_CONTEXT_IMPORT + SHELF_IMPORT),
                Files.readString(container));
        assertEquals("""
                package com.example.library.services;

                import com.example.library.domain.models.Novel;
                import com.example.library.domain.models.NovelFormat;

                /** Hand-written. */
                public final class Shelf {

                    public boolean isPaperback(Novel book, NovelService books) {
                        return book.getFormat() == NovelFormat.PAPERBACK && books != null;
                    }
                }
                """, Files.readString(shelf));
    }

    @Test
    void refuses_bad_input_with_one_line_and_changes_nothing() {
        Path project = project("library", "Author", "Book");
        Map<String, String> before = TreeSnapshot.of(project);

        Refusals.assertRefused(rename(project, "Movie", "Film"), "entity Movie does not exist", before, project);
        Refusals.assertRefused(rename(project, "Book", "Author"), "already exists", before, project);
        Refusals.assertRefused(rename(project, "Book", "Book"), "already named", before, project);
        Refusals.assertRefused(rename(project, "Book", "class"), "Java keyword", before, project);
        Refusals.assertRefused(rename(project, "Book", "Column"), "clashes with a class", before, project);
    }

    private static Cli rename(Path project, String from, String to) {
        return Cli.run("rename-entity", from, to, "--project-dir", project.toString());
    }

    /** A project with an author and a book entity, under the given names. */
    private Path project(String name, String author, String book) {
        Path dir = GeneratedProject.init(workspace.resolve(name), "library", "--no-example").dir();
        List<String> authorArgs = new ArrayList<>(List.of("add-entity", author));
        authorArgs.addAll(AUTHOR);
        run(dir, authorArgs.toArray(String[]::new));
        List<String> bookArgs = new ArrayList<>(List.of("add-entity", book));
        BOOK.forEach(field -> bookArgs.add(field.replace("=Author", "=" + author).replace("=Book", "=" + book)));
        run(dir, bookArgs.toArray(String[]::new));
        return dir;
    }

    private static void run(Path project, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--project-dir", project.toString()));
        Cli result = Cli.run(all.toArray(String[]::new));
        assertEquals(0, result.exitCode(), all + ": " + result.err());
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
        assertTrue(!sources.isEmpty());
        return sources;
    }
}
