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
 * Removes fields, then an entity, from a project whose every table holds rows: after each step the project's own
 * tests pass, the service starts on the old database (the drop migrations run on it), every kept row has the
 * values it had, and every line written by hand (in a service, a JPA entity, the container and a class of the
 * user's own) is still there.
 */
@Tag("e2e")
class RemovalEndToEndTest {

    private static final String BASE = "src/main/java/org/acme/library/";
    private static final String SERVICE_EDIT = """

                /** Hand-written: the books nobody has updated yet. */
                public boolean isUntouched(Book book) {
                    return book.getUpdatedAt() == null;
                }
            """;
    private static final String ENTITY_EDIT = """

                // Hand-written: titles as the catalogue shows them.
                public String shelfLabel() {
                    return getTitle() == null ? "" : getTitle().toUpperCase(java.util.Locale.ROOT);
                }
            """;
    private static final String CONTAINER_EDIT = """

                // Hand-written: a bean of the application's own.
                @Bean
                public org.acme.library.services.Catalogue catalogue(BookService bookService) {
                    return new org.acme.library.services.Catalogue(bookService);
                }
            """;
    private static final String CATALOGUE = """
            package org.acme.library.services;

            import org.acme.library.domain.models.Book;

            /** Hand-written: a class of the user's own that uses the books' slice. */
            public class Catalogue {

                private final BookService bookService;

                public Catalogue(BookService bookService) {
                    this.bookService = bookService;
                }

                public String titleOf(long id) {
                    Book book = bookService.get(id);
                    return book.getTitle();
                }
            }
            """;

    @TempDir
    Path workspace;

    @Test
    void removals_keep_the_rows_and_the_hand_written_lines() throws IOException {
        assumeTrue(ScratchDatabase.serverAvailable(), "no PostgreSQL on 127.0.0.1:5432");
        GeneratedProject project = GeneratedProject.init(workspace, "library", "--group-id", "org.acme",
                "--no-example");
        run("add-entity", "Author", "name:string:required", "--project-dir", project.dir().toString());
        run("add-entity", "Book", "title:string:required", "isbn:string:unique", "author:ref=Author",
                "format:enum=HARDCOVER|PAPERBACK", "--project-dir", project.dir().toString());
        run("add-entity", "Tag", "label:string:required:unique", "--project-dir", project.dir().toString());
        Path service = project.dir().resolve(BASE + "services/BookService.java");
        Path entity = project.dir().resolve(BASE + "infrastructure/entities/BookEntity.java");
        Path container = project.dir().resolve(BASE + "DependencyContainer.java");
        Path catalogue = project.dir().resolve(BASE + "services/Catalogue.java");
        Files.writeString(service, HandEdits.addMember(Files.readString(service), SERVICE_EDIT));
        Files.writeString(entity, HandEdits.addMember(Files.readString(entity), ENTITY_EDIT));
        Files.writeString(container, HandEdits.addMember(Files.readString(container), CONTAINER_EDIT));
        Files.writeString(catalogue, CATALOGUE);

        try (ScratchDatabase database = ScratchDatabase.create(); ScratchDatabase tests = ScratchDatabase.create()) {
            Map<String, String> external = Map.of("DATABASE_URL", database.url());
            Map<String, String> testDatabase = Map.of("TEST_DATABASE_URL", tests.url());
            project.maven(Map.of(), "package", "-DskipTests");
            long authorId;
            long bookId;
            try (RunningService running = RunningService.start(project, external, "/actuator/health")) {
                authorId = created(running, "/v1/authors", "{\"name\": \"Frank Herbert\"}");
                bookId = created(running, "/v1/books", "{\"title\": \"Dune\", \"isbn\": \"978-0441172719\", "
                        + "\"author_id\": " + authorId + ", \"format\": \"PAPERBACK\"}");
                created(running, "/v1/tags", "{\"label\": \"classic\"}");
            }

            run("remove-field", "Book", "isbn", "format", "--yes", "--project-dir", project.dir().toString());
            project.maven(testDatabase, "verify");
            try (RunningService running = RunningService.start(project, external, "/actuator/health")) {
                JsonObject book = RunningService.json(running.get("/v1/books/" + bookId));
                assertEquals("Dune", book.get("title").getAsString());
                assertEquals(authorId, book.get("author_id").getAsLong());
                assertFalse(book.has("isbn") || book.has("format"), book.toString());
                assertEquals("Frank Herbert", RunningService.json(running.get("/v1/authors/" + authorId))
                        .get("name").getAsString());
                assertEquals("classic", RunningService.json(running.get("/v1/tags?itemized=true"))
                        .getAsJsonArray("items").get(0).getAsJsonObject().get("label").getAsString());
                HttpResponse<String> refused = running.send("POST", "/v1/books",
                        "{\"title\": \"Emma\", \"isbn\": \"1\"}");
                assertEquals(400, refused.statusCode(), refused.body());
            }

            run("remove-entity", "Tag", "--yes", "--project-dir", project.dir().toString());
            project.maven(testDatabase, "verify");
            try (RunningService running = RunningService.start(project, external, "/actuator/health")) {
                assertEquals(404, running.get("/v1/tags").statusCode());
                JsonObject book = RunningService.json(running.get("/v1/books/" + bookId));
                assertEquals("Dune", book.get("title").getAsString());
                assertEquals(authorId, book.get("author_id").getAsLong());
            }
        }
        assertTrue(Files.readString(service).contains(SERVICE_EDIT), Files.readString(service));
        assertTrue(Files.readString(entity).contains(ENTITY_EDIT), Files.readString(entity));
        assertTrue(Files.readString(container).contains(CONTAINER_EDIT), Files.readString(container));
        assertEquals(CATALOGUE, Files.readString(catalogue));
    }

    private static long created(RunningService running, String route, String body) {
        HttpResponse<String> response = running.send("POST", route, body);
        assertEquals(201, response.statusCode(), response.body());
        return RunningService.json(response).get("id").getAsLong();
    }

    private static void run(String... args) {
        Cli result = Cli.run(args);
        assertEquals(0, result.exitCode(), result.err());
    }
}
