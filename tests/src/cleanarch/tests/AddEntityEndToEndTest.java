package cleanarch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Grows a generated project: three entities covering every field type and modifier, hand edits in the dependency
 * container and in a generated service, a fourth entity, then the project's own {@code mvnw verify}. Every hand
 * edit must still be there, byte for byte. Then the service runs under a prefix: listings sort and filter on the
 * new entities' fields, and the OpenAPI document and Swagger UI (in headless Chromium) show every resource.
 */
@Tag("e2e")
class AddEntityEndToEndTest {

    private static final String BASE = "src/main/java/org/acme/library/";
    private static final String CUSTOM_BEAN = """

                // Hand-written: a bean of our own, with a comment that must survive.
                @Bean
                public java.time.Duration   loanPeriod() {
                    return java.time.Duration.ofDays(21); // three weeks
                }
            """;
    private static final String CUSTOM_SERVICE_METHOD = """

                /** Hand-written: counts the books, the way the team likes it. */
                public long countBooks() {
                    return count(QueryParams.of(java.util.Map.of()));
                }
            """;

    @TempDir
    Path workspace;

    @Test
    void entities_are_added_around_hand_edits_and_the_project_still_passes_its_tests() throws IOException {
        GeneratedProject project = GeneratedProject.init(workspace, "library", "--group-id", "org.acme",
                "--no-example");
        add(project, "Author", "name:string:required:max=120", "email:string:unique:max=200", "born_on:date",
                "active:boolean:default=true");
        add(project, "Book", "title:string:required:min=2:max=200", "summary:text:max=5000",
                "pages:int:required:min=1:max=10000", "copies_sold:long:min=0", "price:decimal:min=0:max=9999",
                "published_at:datetime", "isbn:string:unique:max=17", "external_id:uuid:unique",
                "'format:enum=HARDCOVER|PAPERBACK|EBOOK:default=PAPERBACK'", "author:ref=Author:required",
                "translator:ref=Author:cascade");
        add(project, "LibraryEvent", "order:int:required", "user:string", "group:text", "select:boolean",
                "kind:enum=OPENING|CLOSING", "previous:ref=LibraryEvent", "book:ref=Book");

        Path container = project.dir().resolve(BASE + "DependencyContainer.java");
        Path bookService = project.dir().resolve(BASE + "services/BookService.java");
        String containerBefore = Files.readString(container);
        String editedContainer = HandEdits.addMember(containerBefore, CUSTOM_BEAN);
        String editedService = HandEdits.addMember(Files.readString(bookService), CUSTOM_SERVICE_METHOD)
                .replace("import java.time.temporal.ChronoUnit;",
                        "import java.time.temporal.ChronoUnit;\nimport org.acme.library.domain.queries.QueryParams;");
        Files.writeString(container, editedContainer);
        Files.writeString(bookService, editedService);

        add(project, "Shelf", "label:string:required", "capacity:int:default=50");

        String containerAfter = Files.readString(container);
        assertOnlyInsertions(editedContainer, containerAfter);
        assertTrue(containerAfter.contains(CUSTOM_BEAN.stripTrailing()), containerAfter);
        assertEquals(editedService, Files.readString(bookService));
        assertEquals(1, containerAfter.split("public ShelfService shelfService\\(").length - 1);

        project.maven(Map.of(), "verify");
        project.assertNoBuildWarnings();
        String log = project.output("maven");
        assertTrue(log.contains("ShelfControllerIT") && log.contains("LibraryEventControllerIT"), "ITs did not run");
        assertEquals(editedService, Files.readString(bookService));

        Map<String, String> environment = Map.of("SERVICE_PREFIX", "lib",
                "EMBEDDED_DATABASE_PORT", Integer.toString(RunningService.freePort()));
        try (RunningService service = RunningService.start(project, environment, "/lib/actuator/health")) {
            checkListings(service);
            checkApiDocs(service, List.of("/v1/authors", "/v1/books", "/v1/library-events", "/v1/shelfs"));
        }
    }

    /** Sorting, filter operators, refusals and values of a listing on the entities grown with add-entity. */
    private static void checkListings(RunningService service) {
        long author = RunningService.json(service.send("POST", "/lib/v1/authors", "{\"name\": \"Herbert\"}"))
                .get("id").getAsLong();
        String[] books = {
            "{\"title\": \"Dune\", \"pages\": 412, \"price\": 9.99, \"isbn\": \"isbn-1\", \"author_id\": %d}",
            "{\"title\": \"Dune Messiah\", \"pages\": 256, \"price\": 7.5, \"format\": \"EBOOK\", \"author_id\": %d}",
            "{\"title\": \"Children of Dune\", \"pages\": 444, \"price\": 12, \"author_id\": %d}"};
        for (String book : books) {
            HttpResponse<String> created = service.send("POST", "/lib/v1/books", book.formatted(author));
            assertEquals(201, created.statusCode(), created.body());
        }
        JsonObject first = RunningService.json(service.get("/lib/v1/books?title=Dune"));
        String price = first.getAsJsonArray("items").get(0).getAsJsonObject().get("price").toString();
        assertEquals("9.99", price, "a decimal reads back as it was answered");

        assertEquals(List.of("Children of Dune", "Dune", "Dune Messiah"), titles(service, "sort=-price"));
        assertEquals(List.of("Dune Messiah", "Dune", "Children of Dune"), titles(service, "sort=pages,-created_at"));
        assertEquals(List.of("Dune", "Children of Dune"), titles(service, "price.gte=9.99&format.in=PAPERBACK"));
        assertEquals(List.of("Dune Messiah"), titles(service, "title.contains=MESS&pages.lte=300"));
        assertEquals(List.of("Dune Messiah", "Children of Dune"), titles(service, "isbn.null=true"));
        assertEquals(List.of("Dune"), titles(service, "published_at.null=true&external_id.null=true&isbn.in=isbn-1"));

        for (String refused : List.of("sort=weight", "titel=Dune", "title.gte=D", "price.gte=cheap", "per_page=101",
                "format=paperback")) {
            HttpResponse<String> answer = service.get("/lib/v1/books?" + refused);
            assertEquals(400, answer.statusCode(), refused + ": " + answer.body());
            assertTrue(answer.body().contains("error_message"), answer.body());
        }
        HttpResponse<String> badEnum = service.send("POST", "/lib/v1/books",
                "{\"title\": \"X\", \"pages\": 1, \"format\": \"VINYL\", \"author_id\": " + author + "}");
        assertEquals(400, badEnum.statusCode(), badEnum.body());
        assertTrue(badEnum.body().contains("HARDCOVER, PAPERBACK, EBOOK"), badEnum.body());
    }

    private static List<String> titles(RunningService service, String query) {
        HttpResponse<String> answer = service.get("/lib/v1/books?" + query);
        assertEquals(200, answer.statusCode(), query + ": " + answer.body());
        List<String> titles = new ArrayList<>();
        RunningService.json(answer).getAsJsonArray("items")
                .forEach(item -> titles.add(item.getAsJsonObject().get("title").getAsString()));
        return titles;
    }

    /**
     * The OpenAPI document lists every resource with its listing parameters, and Swagger UI, opened in headless
     * Chromium, shows every resource. The screenshot is kept in target/e2e.
     */
    private void checkApiDocs(RunningService service, List<String> resources) throws IOException {
        HttpResponse<String> docs = service.get("/lib/v3/api-docs");
        assertEquals(200, docs.statusCode(), docs.body());
        JsonObject paths = RunningService.json(docs).getAsJsonObject("paths");
        for (String resource : resources) {
            assertTrue(paths.has(resource) && paths.has(resource + "/{id}"), resource + " in " + paths.keySet());
        }
        String bookList = paths.getAsJsonObject("/v1/books").getAsJsonObject("get").get("parameters").toString();
        for (String parameter : List.of("sort", "price.gte", "title.contains", "format.in", "isbn.null", "author_id")) {
            assertTrue(bookList.contains("\"" + parameter + "\""), parameter + " in " + bookList);
        }
        String schemas = RunningService.json(docs).getAsJsonObject("components").get("schemas").toString();
        assertTrue(schemas.contains("\"isbn\"") && schemas.contains("\"published_at\""), schemas);

        String ui = service.url("/lib/swagger-ui/index.html");
        String dom = HeadlessBrowser.dumpDom(ui, workspace);
        for (String resource : resources) {
            assertTrue(dom.contains(resource), "Swagger UI does not show " + resource);
        }
        Path screenshot = Path.of("target", "e2e", "swagger-ui-library.png").toAbsolutePath();
        HeadlessBrowser.screenshot(ui, screenshot, workspace);
        System.out.println("Swagger UI screenshot: " + screenshot);
    }

    private static void add(GeneratedProject project, String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "add-entity";
        for (int i = 0; i < args.length; i++) {
            // The shell would strip the quotes around an enum field; here nothing does.
            all[i + 1] = args[i].replace("'", "");
        }
        all[args.length + 1] = "--project-dir";
        all[args.length + 2] = project.dir().toString();
        Cli result = Cli.run(all);
        assertEquals(0, result.exitCode(), result.err());
    }

    /** Every line of {@code before} is still in {@code after}, unchanged and in order: the edit only added lines. */
    private static void assertOnlyInsertions(String before, String after) {
        List<AbstractDelta<String>> deltas = DiffUtils.diff(before.lines().toList(), after.lines().toList())
                .getDeltas();
        for (AbstractDelta<String> delta : deltas) {
            assertEquals(DeltaType.INSERT, delta.getType(), "a hand-written line changed: " + delta);
        }
        assertTrue(!deltas.isEmpty(), "nothing was added");
    }
}
