package cleanarch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * Adds fields, a reference among them, to an entity whose table already holds rows: the new migration runs on the
 * existing data (a required field gets its default), the API round-trips the new fields and enforces the
 * reference, hand edits in the entity's service and schema survive, and the project's own tests pass against that
 * same database.
 */
@Tag("e2e")
class AddFieldEndToEndTest {

    private static final String BASE = "src/main/java/org/acme/library/";
    private static final String SERVICE_EDIT = """

                /** Hand-written: the books nobody has updated yet. */
                public boolean isUntouched(Book book) {
                    return book.getUpdatedAt() == null;
                }
            """;
    private static final String SCHEMA_EDIT = """

                // Hand-written: titles are stored trimmed.
                public String trimmedTitle() {
                    return title == null ? null : title.strip();
                }
            """;

    @TempDir
    Path workspace;

    @Test
    void new_fields_migrate_existing_rows_and_keep_hand_edits() throws IOException {
        assumeTrue(ScratchDatabase.serverAvailable(), "no PostgreSQL on 127.0.0.1:5432");
        GeneratedProject project = GeneratedProject.init(workspace, "library", "--group-id", "org.acme",
                "--no-example");
        run("add-entity", "Author", "name:string:required", "--project-dir", project.dir().toString());
        run("add-entity", "Book", "title:string", "--project-dir", project.dir().toString());
        Path service = project.dir().resolve(BASE + "services/BookService.java");
        Path schema = project.dir().resolve(BASE + "api/schemas/BookCreateRequest.java");
        String editedService = HandEdits.addMember(Files.readString(service), SERVICE_EDIT);
        Files.writeString(service, editedService);
        Files.writeString(schema, HandEdits.addMember(Files.readString(schema), SCHEMA_EDIT));

        try (ScratchDatabase database = ScratchDatabase.create()) {
            Map<String, String> external = Map.of("DATABASE_URL", database.url());
            project.maven(Map.of(), "package", "-DskipTests");
            long oldId;
            try (RunningService running = RunningService.start(project, external, "/actuator/health")) {
                HttpResponse<String> created = running.send("POST", "/v1/books", "{\"title\": \"Before\"}");
                assertEquals(201, created.statusCode(), created.body());
                oldId = RunningService.json(created).get("id").getAsLong();
            }

            run("add-field", "Book", "isbn:string:unique", "author:ref=Author", "pages:int:required:default=0",
                    "--project-dir", project.dir().toString());
            project.maven(Map.of(), "package", "-DskipTests");
            try (RunningService running = RunningService.start(project, external, "/actuator/health")) {
                JsonObject old = RunningService.json(running.get("/v1/books/" + oldId));
                assertEquals(0, old.get("pages").getAsInt());
                assertTrue(old.get("isbn").isJsonNull() && old.get("author_id").isJsonNull(), old.toString());
                long authorId = RunningService.json(running.send("POST", "/v1/authors",
                        "{\"name\": \"Frank Herbert\"}")).get("id").getAsLong();

                HttpResponse<String> patched = running.send("PATCH", "/v1/books/" + oldId,
                        "{\"isbn\": \"978-0441172719\", \"pages\": 412, \"author_id\": " + authorId + "}");
                assertEquals(200, patched.statusCode(), patched.body());
                JsonObject book = RunningService.json(running.get("/v1/books/" + oldId));
                assertEquals("978-0441172719", book.get("isbn").getAsString());
                assertEquals(authorId, book.get("author_id").getAsLong());
                HttpResponse<String> stale = running.send("PATCH", "/v1/books/" + oldId, "{\"isbn\": null}",
                        "If-Match", "\"0\"");
                assertEquals(412, stale.statusCode(), stale.body());
                HttpResponse<String> cleared = running.send("PATCH", "/v1/books/" + oldId, "{\"isbn\": null}",
                        "If-Match", "\"1\"", "Content-Type", "application/merge-patch+json");
                assertEquals(200, cleared.statusCode(), cleared.body());
                assertTrue(RunningService.json(cleared).get("isbn").isJsonNull(), cleared.body());
                assertEquals(400, running.send("PATCH", "/v1/books/" + oldId, "{\"pages\": null}").statusCode());
                assertEquals(412, running.send("DELETE", "/v1/books/" + oldId, null, "If-Match", "\"1\"")
                        .statusCode());
                assertEquals("978-0441172719", RunningService.json(running.send("PATCH", "/v1/books/" + oldId,
                        "{\"isbn\": \"978-0441172719\"}")).get("isbn").getAsString());
                assertEquals(1, RunningService.json(running.get("/v1/books?author_id=" + authorId))
                        .get("total").getAsInt());
                assertEquals(409, running.send("POST", "/v1/books",
                        "{\"title\": \"Copy\", \"isbn\": \"978-0441172719\"}").statusCode());
                HttpResponse<String> dangling = running.send("POST", "/v1/books",
                        "{\"title\": \"Nobody's\", \"author_id\": 999999}");
                assertEquals(400, dangling.statusCode(), dangling.body());
                assertTrue(RunningService.json(dangling).getAsJsonObject("error_message").has("author_id"));
                assertEquals(409, running.send("DELETE", "/v1/authors/" + authorId, null).statusCode());
            }

            project.maven(Map.of("TEST_DATABASE_URL", database.url()), "verify");
        }
        assertEquals(editedService, Files.readString(service));
        assertTrue(Files.readString(schema).contains(SCHEMA_EDIT), Files.readString(schema));
    }

    private static void run(String... args) {
        Cli result = Cli.run(args);
        assertEquals(0, result.exitCode(), result.err());
    }
}
