package cleanarch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonObject;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Changes a model in every direction on a project whose tables hold rows and whose service, entity, container and
 * a hand-written class were edited by hand: renames a field, then two entities (one referred to by the other), then
 * removes two fields and an entity. After each step the project's own {@code mvn verify} passes (its tests in a
 * database of their own), the service starts on the old database, every kept row is there with the same values
 * under the new names, and every hand-written line is still there, renamed where it referred to a renamed member.
 * Four Maven builds in all.
 */
@Tag("e2e")
class RenameEndToEndTest {

    private static final String BASE = "src/main/java/org/acme/library/";

    private static final String SERVICE_EDIT = """

                /** Hand-written: the titles of the books, for the catalogue. */
                public java.util.List<String> titles(java.util.List<Book> books) {
                    return books.stream().map(Book::getTitle).toList();
                }
            """;
    private static final String ENTITY_EDIT = """

                // Hand-written: a label for the logs.
                public String label() {
                    return getTitle() + " (" + format + ")";
                }
            """;
    private static final String CONTAINER_EDIT = """

                // Hand-written: the catalogue, wired by hand.
                @Bean
                public Catalogue catalogue(BookService bookService) {
                    return new Catalogue(bookService);
                }
            """;
    private static final String CATALOGUE = """
            package org.acme.library.services;

            import org.acme.library.domain.models.Book;
            import org.acme.library.domain.models.BookFormat;

            /** Hand-written: not generated, uses what the generator wrote. */
            public final class Catalogue {

                private final BookService books;

                public Catalogue(BookService books) {
                    this.books = books;
                }

                public String describe(Book book) {
                    String title = book.getTitle();
                    return title + " " + (book.getFormat() == BookFormat.PAPERBACK ? "paperback" : "hardcover")
                            + " " + books.getClass().getSimpleName();
                }
            }
            """;

    @TempDir
    Path workspace;

    @Test
    void renames_and_removals_keep_every_row_and_every_hand_written_line() throws IOException {
        assumeTrue(ScratchDatabase.serverAvailable(), "no PostgreSQL on 127.0.0.1:5432");
        GeneratedProject project = GeneratedProject.init(workspace, "library", "--group-id", "org.acme",
                "--no-example");
        Path dir = project.dir();
        run(dir, "add-entity", "Author", "name:string:required", "born:date");
        run(dir, "add-entity", "Book", "title:string:required:max=200", "isbn:string:unique", "pages:int:min=1",
                "format:enum=HARDCOVER|PAPERBACK:default=PAPERBACK", "author:ref=Author:required");
        run(dir, "add-entity", "Tag", "label:string:required:unique");
        Path service = dir.resolve(BASE + "services/BookService.java");
        Path entity = dir.resolve(BASE + "infrastructure/entities/BookEntity.java");
        Path container = dir.resolve(BASE + "DependencyContainer.java");
        Files.writeString(service, HandEdits.addMember(Files.readString(service), SERVICE_EDIT));
        Files.writeString(entity, HandEdits.addMember(Files.readString(entity), ENTITY_EDIT));
        Files.writeString(container, HandEdits.addMember(Files.readString(container), CONTAINER_EDIT)
                .replace("import org.acme.library.services.BookService;\n", "import org.acme.library.services."
                        + "BookService;\nimport org.acme.library.services.Catalogue;\n"));
        Files.writeString(dir.resolve(BASE + "services/Catalogue.java"), CATALOGUE);

        try (ScratchDatabase rows = ScratchDatabase.create(); ScratchDatabase tests = ScratchDatabase.create()) {
            Map<String, String> external = Map.of("DATABASE_URL", rows.url());
            Map<String, String> testDatabase = Map.of("TEST_DATABASE_URL", tests.url());
            project.maven(Map.of(), "-o", "package", "-DskipTests");
            long authorId;
            long bookId;
            try (RunningService running = RunningService.start(project, external, "/actuator/health")) {
                authorId = created(running.send("POST", "/v1/authors",
                        "{\"name\": \"Frank Herbert\", \"born\": \"1920-10-08\"}"));
                bookId = created(running.send("POST", "/v1/books", "{\"title\": \"Dune\", "
                        + "\"isbn\": \"978-0441172719\", \"pages\": 412, \"format\": \"HARDCOVER\", "
                        + "\"author_id\": " + authorId + "}"));
                created(running.send("POST", "/v1/tags", "{\"label\": \"classic\"}"));
            }

            run(dir, "rename-field", "Book", "title", "heading");
            project.maven(testDatabase, "-o", "verify");
            try (RunningService running = RunningService.start(project, external, "/actuator/health")) {
                JsonObject book = RunningService.json(running.get("/v1/books/" + bookId));
                assertEquals("Dune", book.get("heading").getAsString());
                assertFalse(book.has("title"), book.toString());
                assertBook(book, authorId);
                assertEquals(1, RunningService.json(running.get("/v1/books?heading=Dune")).get("total").getAsInt());
                assertEquals(409, running.send("POST", "/v1/books", "{\"heading\": \"Copy\", \"isbn\": "
                        + "\"978-0441172719\", \"author_id\": " + authorId + "}").statusCode());
            }

            run(dir, "rename-entity", "Book", "Novel");
            run(dir, "rename-entity", "Author", "Writer");
            project.maven(testDatabase, "-o", "verify");
            try (RunningService running = RunningService.start(project, external, "/actuator/health")) {
                JsonObject novel = RunningService.json(running.get("/v1/novels/" + bookId));
                assertEquals("Dune", novel.get("heading").getAsString());
                assertBook(novel, authorId);
                JsonObject writer = RunningService.json(running.get("/v1/writers/" + authorId));
                assertEquals("Frank Herbert", writer.get("name").getAsString());
                assertEquals("1920-10-08", writer.get("born").getAsString());
                assertEquals(404, running.get("/v1/books/" + bookId).statusCode());
                assertEquals(409, running.send("DELETE", "/v1/writers/" + authorId, null).statusCode());
                long next = created(running.send("POST", "/v1/novels",
                        "{\"heading\": \"Dune Messiah\", \"author_id\": " + authorId + "}"));
                assertTrue(next > bookId, "the identity sequence went on from the kept rows");
            }

            run(dir, "remove-field", "Novel", "pages", "isbn", "--yes");
            run(dir, "remove-entity", "Tag", "--yes");
            project.maven(testDatabase, "-o", "verify");
            try (RunningService running = RunningService.start(project, external, "/actuator/health")) {
                JsonObject novel = RunningService.json(running.get("/v1/novels/" + bookId));
                assertEquals("Dune", novel.get("heading").getAsString());
                assertEquals("HARDCOVER", novel.get("format").getAsString());
                assertEquals(authorId, novel.get("author_id").getAsLong());
                assertFalse(novel.has("pages") || novel.has("isbn"), novel.toString());
                assertEquals(404, running.get("/v1/tags").statusCode());
                assertEquals(400, running.send("POST", "/v1/novels", "{\"heading\": \"Emma\", \"isbn\": \"1\", "
                        + "\"author_id\": " + authorId + "}").statusCode());
            }
        }

        Path renamedService = dir.resolve(BASE + "services/NovelService.java");
        assertTrue(Files.readString(renamedService).contains(SERVICE_EDIT
                .replace("List<Book>", "List<Novel>").replace("Book::getTitle", "Novel::getHeading")));
        assertTrue(Files.readString(dir.resolve(BASE + "infrastructure/entities/NovelEntity.java"))
                .contains(ENTITY_EDIT.replace("getTitle()", "getHeading()")));
        assertTrue(Files.readString(container).contains(CONTAINER_EDIT.replace("BookService bookService",
                "NovelService novelService").replace("new Catalogue(bookService)", "new Catalogue(novelService)")),
                Files.readString(container));
        assertEquals(CATALOGUE.replace("Book", "Novel").replace("getTitle", "getHeading"),
                Files.readString(dir.resolve(BASE + "services/Catalogue.java")));
        assertFalse(Files.exists(service) || Files.exists(entity));
    }

    private static void assertBook(JsonObject book, long authorId) {
        assertEquals("978-0441172719", book.get("isbn").getAsString());
        assertEquals(412, book.get("pages").getAsInt());
        assertEquals("HARDCOVER", book.get("format").getAsString());
        assertEquals(authorId, book.get("author_id").getAsLong());
    }

    private static long created(HttpResponse<String> response) {
        assertEquals(201, response.statusCode(), response.body());
        return RunningService.json(response).get("id").getAsLong();
    }

    private static void run(Path project, String... args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--project-dir";
        all[args.length + 1] = project.toString();
        Cli result = Cli.run(all);
        assertEquals(0, result.exitCode(), String.join(" ", args) + ": " + result.err());
    }
}
