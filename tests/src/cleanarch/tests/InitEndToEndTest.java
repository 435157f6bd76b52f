package cleanarch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonObject;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generates a service with {@code init}, runs its own {@code mvnw verify}, then starts the packaged jar on the
 * embedded database and exercises it over HTTP and through its management commands.
 */
@Tag("e2e")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InitEndToEndTest {

    private static final Duration STALENESS = Duration.ofSeconds(10);

    // Static: JUnit fills instance fields only after @BeforeAll has run.
    @TempDir
    static Path workspace;

    private GeneratedProject project;
    private Map<String, String> environment;

    @BeforeAll
    void generateAndVerify() {
        project = GeneratedProject.init(workspace, "demo-service");
        project.maven(Map.of(), "verify");
        project.assertNoBuildWarnings();
        // Its own embedded database port, so that a developer's running service is never touched.
        environment = Map.of("EMBEDDED_DATABASE_PORT", Integer.toString(RunningService.freePort()));
    }

    @Test
    @Order(1)
    void generated_tests_pass_against_an_external_postgresql() {
        assumeTrue(ScratchDatabase.serverAvailable(), "no PostgreSQL on 127.0.0.1:5432");
        try (ScratchDatabase database = ScratchDatabase.create()) {
            project.maven(Map.of("TEST_DATABASE_URL", database.url()), "failsafe:integration-test",
                    "failsafe:verify");
            assertTrue(project.output("maven").contains("Tests run:"), "no integration test ran");
        }
    }

    @Test
    @Order(2)
    void serves_crud_paging_and_filters_on_the_embedded_database() {
        try (RunningService service = RunningService.start(project, environment, "/actuator/health")) {
            HttpResponse<String> created = service.send("POST", "/v1/todos", "{\"title\": \"Buy milk\"}");
            assertEquals(201, created.statusCode(), created.body());
            JsonObject todo = RunningService.json(created);
            long id = todo.get("id").getAsLong();
            assertEquals(false, todo.get("completed").getAsBoolean());
            assertTrue(todo.has("created_at") && !todo.get("created_at").isJsonNull(), created.body());

            assertEquals(200, service.get("/v1/todos/" + id).statusCode());
            HttpResponse<String> patched = service.send("PATCH", "/v1/todos/" + id, "{\"completed\": true}");
            assertEquals(200, patched.statusCode(), patched.body());
            assertEquals(true, RunningService.json(patched).get("completed").getAsBoolean());
            assertEquals("Buy milk", RunningService.json(patched).get("title").getAsString());
            assertTrue(!RunningService.json(patched).get("updated_at").isJsonNull(), patched.body());
            assertEquals("\"1\"", patched.headers().firstValue("ETag").orElse(null), patched.headers().toString());
            HttpResponse<String> stale = service.send("PATCH", "/v1/todos/" + id, "{\"completed\": false}",
                    "If-Match", "\"0\"");
            assertEquals(412, stale.statusCode(), stale.body());
            HttpResponse<String> described = service.send("PATCH", "/v1/todos/" + id,
                    "{\"description\": \"Two litres\"}", "If-Match", "\"1\"",
                    "Content-Type", "application/merge-patch+json");
            assertEquals(200, described.statusCode(), described.body());
            HttpResponse<String> cleared = service.send("PATCH", "/v1/todos/" + id, "{\"description\": null}",
                    "Content-Type", "application/merge-patch+json");
            assertEquals(200, cleared.statusCode(), cleared.body());
            assertTrue(RunningService.json(cleared).get("description").isJsonNull(), cleared.body());
            assertEquals(3, RunningService.json(cleared).get("version").getAsLong(), cleared.body());
            HttpResponse<String> untitled = service.send("PATCH", "/v1/todos/" + id, "{\"title\": null}");
            assertEquals(400, untitled.statusCode(), untitled.body());
            assertTrue(RunningService.json(untitled).getAsJsonObject("error_message").has("title"), untitled.body());

            JsonObject page = RunningService.json(service.get("/v1/todos?title=Buy%20milk&page=1&per_page=5"));
            assertEquals(1, page.get("total").getAsLong());
            assertEquals(5, page.get("per_page").getAsInt());
            assertEquals(id, page.getAsJsonArray("items").get(0).getAsJsonObject().get("id").getAsLong());
            assertEquals(1, RunningService.json(service.get("/v1/todos?itemized=true")).getAsJsonArray("items").size());

            HttpResponse<String> invalid = service.send("POST", "/v1/todos", "{\"description\": \"no title\"}");
            assertEquals(400, invalid.statusCode());
            assertTrue(RunningService.json(invalid).getAsJsonObject("error_message").has("title"), invalid.body());

            assertEquals(204, service.send("DELETE", "/v1/todos/" + id, null).statusCode());
            HttpResponse<String> gone = service.get("/v1/todos/" + id);
            assertEquals(404, gone.statusCode());
            assertTrue(RunningService.json(gone).get("error_message").getAsString().contains("Todo"), gone.body());
        }
    }

    @Test
    @Order(3)
    void maintenance_is_switched_over_http_with_the_admin_token() {
        String token = GeneratedProject.read(project.dir().resolve(".env")).lines()
                .filter(line -> line.startsWith("ADMIN_TOKEN=")).findFirst().orElseThrow().substring(12);
        try (RunningService service = RunningService.start(project, environment, "/actuator/health")) {
            assertEquals(401, service.send("PATCH", "/v1/service-context", "{\"maintenance\": true}").statusCode());

            HttpResponse<String> on = service.send("PATCH", "/v1/service-context", "{\"maintenance\": true}",
                    "Authorization", "Bearer " + token);
            assertEquals(200, on.statusCode(), on.body());
            HttpResponse<String> refused = service.awaitStatus("/v1/todos", 503, STALENESS);
            assertEquals("Service is currently enduring maintenance",
                    RunningService.json(refused).get("error_message").getAsString());
            assertTrue(refused.headers().firstValue("Retry-After").isPresent());
            assertEquals(200, service.get("/v1/service-context").statusCode());
            assertEquals(200, service.get("/actuator/health").statusCode());

            service.send("PATCH", "/v1/service-context", "{\"maintenance\": false}",
                    "Authorization", "Bearer " + token);
            service.awaitStatus("/v1/todos", 200, STALENESS);
        }
    }

    @Test
    @Order(4)
    void management_commands_reach_the_data_of_the_running_service() {
        try (RunningService service = RunningService.start(project, environment, "/actuator/health")) {
            assertEquals(0, project.manage(environment, "maintenance", "activate"), project.output("manage"));
            service.awaitStatus("/v1/todos", 503, STALENESS);
            assertEquals(0, project.manage(environment, "maintenance", "status"), project.output("manage"));
            assertTrue(project.output("manage").toLowerCase().contains("on"), project.output("manage"));
            assertEquals(0, project.manage(environment, "maintenance", "deactivate"), project.output("manage"));
            service.awaitStatus("/v1/todos", 200, STALENESS);
        }
        assertEquals(0, project.manage(environment, "db", "tables"), project.output("manage"));
        assertTrue(project.output("manage").contains("todos"), project.output("manage"));
        assertEquals(0, project.manage(environment, "db", "info"), project.output("manage"));
        assertTrue(project.output("manage").lines().anyMatch(line -> line.matches("2 +create todos +Success .*")),
                project.output("manage"));

        // One setting sizes both the pool and the request threads, so that requests queue for a thread.
        Map<String, String> pool = new HashMap<>(environment);
        pool.put("DATABASE_POOL_SIZE", "4");
        assertEquals(0, project.manage(pool, "config"), project.output("manage"));
        List<String> settings = project.output("manage").lines().toList();
        assertTrue(settings.contains("spring.datasource.hikari.maximum-pool-size=4"), project.output("manage"));
        assertTrue(settings.contains("server.tomcat.threads.max=4"), project.output("manage"));
    }

    @Test
    @Order(5)
    void data_survives_a_restart_and_the_service_prefix_mounts_every_route() {
        long id;
        try (RunningService service = RunningService.start(project, environment, "/actuator/health")) {
            id = RunningService.json(service.send("POST", "/v1/todos", "{\"title\": \"Persist me\"}")).get("id").getAsLong();
        }
        Map<String, String> prefixed = new java.util.HashMap<>(environment);
        prefixed.put("SERVICE_PREFIX", "example");
        try (RunningService service = RunningService.start(project, prefixed, "/example/actuator/health")) {
            assertEquals(200, service.get("/example/v1/todos/" + id).statusCode());
            for (String outside : new String[] {"/examplefoo/v1/todos", "/v1/todos"}) {
                HttpResponse<String> response = service.get(outside);
                assertEquals(404, response.statusCode(), outside);
                assertEquals("This url does not belong to the app.", response.body().strip(), outside);
                assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
            }
        }
    }

    @Test
    @Order(6)
    void the_dockerfile_trains_a_cds_archive_without_a_database_and_starts_with_it() throws Exception {
        // No Docker engine here: the Dockerfile's own commands, run on the host. The build stage works in the
        // project directory (its /workspace), the run stage in a directory of its own.
        DockerfileRecipe recipe = DockerfileRecipe.read(project.dir().resolve("Dockerfile"));
        assertEquals(0, project.shell(project.dir(), recipe.extraction(), "extract"), log("extract"));
        Path image = Files.createDirectories(project.dir().resolve("target/image"));
        recipe.copyLayers(project.dir(), image);
        assertEquals(0, project.shell(image, recipe.training(), "cds-training"), log("cds-training"));

        // -Xshare:on: the JVM refuses to start unless it maps the archive.
        List<String> command = new ArrayList<>(recipe.entrypoint());
        assertEquals("java", command.get(0));
        command.set(0, GeneratedProject.java());
        command.add(1, "-Xshare:on");
        try (RunningService service = RunningService.start(image, command, environment, "/actuator/health",
                project.dir().resolve("target"))) {
            assertEquals(200, service.get("/v1/todos").statusCode());
        }
    }

    @Test
    @Order(8)
    void autogenerate_writes_the_column_added_to_an_entity_and_the_service_then_validates_the_schema() {
        Path migrations = project.dir().resolve("src/main/resources/db/migration");
        assertEquals(0, project.manageFromSources(environment, "db", "revision", "-m", "nothing", "--autogenerate"),
                project.output("manage"));
        assertTrue(project.output("manage").startsWith("No changes"), project.output("manage"));
        assertEquals(List.of("V1__create_service_context.sql", "V2__create_todos.sql"), list(migrations));

        // A field added by hand to the JPA entity, with nothing else changed.
        Path entity = project.dir().resolve("src/main/java/com/example/demoservice/infrastructure/entities/"
                + "TodoEntity.java");
        String source = GeneratedProject.read(entity);
        String completed = "    private boolean completed;\n";
        assertTrue(source.contains(completed), source);
        write(entity, source.replace(completed, completed
                + "\n    @Column(name = \"phone\", length = 40)\n    private String phone;\n"));

        assertEquals(0, project.manageFromSources(environment, "db", "revision", "-m", "Add phone", "--autogenerate"),
                project.output("manage"));
        Path written = migrations.resolve("V3__add_phone.sql");
        assertEquals("Wrote src/main/resources/db/migration/V3__add_phone.sql", project.output("manage").strip());
        String migration = GeneratedProject.read(written);
        assertTrue(migration.startsWith("-- Add phone\n"), migration);
        assertEquals(List.of("alter table if exists todos add column phone varchar(40);"),
                migration.lines().filter(line -> !line.startsWith("--")).toList(), migration);

        // db migrate applies it from the working tree; the service, run from target/classes as compiled, starts:
        // Hibernate validates the schema against the entities.
        assertEquals(0, project.manageFromSources(environment, "db", "migrate"), project.output("manage"));
        assertTrue(project.output("manage").startsWith("Applied 1 migration(s); database is now at version 3"),
                project.output("manage"));
        String classpath = "target/classes" + File.pathSeparator
                + GeneratedProject.read(project.dir().resolve("target/manage.classpath")).strip();
        List<String> command = List.of(GeneratedProject.java(), "-cp", classpath,
                "com.example.demoservice.Application");
        try (RunningService service = RunningService.start(project.dir(), command, environment, "/actuator/health",
                project.dir().resolve("target"))) {
            HttpResponse<String> todos = service.get("/v1/todos");
            assertEquals(200, todos.statusCode(), todos.body());
        }
    }

    /**
     * Three instances started at the same moment on one empty database: all come up, and each migration runs once
     * (Flyway's lock on its history table serialises them). Maintenance switched through one is seen by the others
     * within the refresh interval. SIGTERM lets the requests in flight finish: their bodies are still being sent
     * when the signal arrives, and every one is answered and stored. Runs before the autogenerate test, which adds
     * a migration to the project's sources that the packaged jar these instances run does not have.
     */
    @Test
    @Order(7)
    void three_instances_migrate_once_share_maintenance_and_shut_down_without_cutting_requests() throws Exception {
        assumeTrue(ScratchDatabase.serverAvailable(), "no PostgreSQL on 127.0.0.1:5432");
        String token = "instances-test-token";
        try (ScratchDatabase database = ScratchDatabase.create()) {
            Map<String, String> shared = Map.of("DATABASE_URL", database.url(), "ADMIN_TOKEN", token);
            List<CompletableFuture<RunningService>> starting = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                starting.add(CompletableFuture.supplyAsync(
                        () -> RunningService.start(project, shared, "/actuator/health")));
            }
            List<RunningService> services = new ArrayList<>();
            try {
                for (CompletableFuture<RunningService> service : starting) {
                    services.add(service.join());
                }
                long migrations;
                try (Stream<Path> files = Files.list(project.dir().resolve("src/main/resources/db/migration"))) {
                    migrations = files.count();
                }
                assertEquals(migrations + "|1", database.query("select count(*), max(runs) from (select version, "
                        + "count(*) as runs from flyway_schema_history where success group by version) as v").strip());

                long start = System.nanoTime();
                HttpResponse<String> on = services.get(0).send("PATCH", "/v1/service-context",
                        "{\"maintenance\": true}", "Authorization", "Bearer " + token);
                assertEquals(200, on.statusCode(), on.body());
                services.get(1).awaitStatus("/v1/todos", 503, STALENESS);
                services.get(2).awaitStatus("/v1/todos", 503, STALENESS);
                System.out.printf("Maintenance switched through one instance, seen by the other two after %d ms%n",
                        Duration.ofNanos(System.nanoTime() - start).toMillis());
                services.get(0).send("PATCH", "/v1/service-context", "{\"maintenance\": false}",
                        "Authorization", "Bearer " + token);
                services.get(2).awaitStatus("/v1/todos", 200, STALENESS);

                assertNoRequestCutBySigterm(services.get(2), database);
            } finally {
                starting.forEach(service -> service.thenAccept(RunningService::close));
            }
        }
    }

    private static void assertNoRequestCutBySigterm(RunningService service, ScratchDatabase database)
            throws Exception {
        int inFlight = 8;
        List<Socket> sockets = new ArrayList<>();
        List<byte[]> rests = new ArrayList<>();
        try {
            for (int i = 0; i < inFlight; i++) {
                byte[] body = ("{\"title\": \"in flight " + i + "\"}").getBytes(StandardCharsets.UTF_8);
                Socket socket = new Socket(InetAddress.getLoopbackAddress(), service.port());
                socket.setSoTimeout(30_000);
                sockets.add(socket);
                OutputStream out = socket.getOutputStream();
                out.write(("POST /v1/todos HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
                out.write(body, 0, body.length / 2);
                out.flush();
                rests.add(Arrays.copyOfRange(body, body.length / 2, body.length));
            }
            // Every request is being read by a request thread when the signal arrives.
            Thread.sleep(500);
            long signalled = System.nanoTime();
            service.terminate();
            Thread.sleep(1_000);
            int answered = 0;
            for (int i = 0; i < inFlight; i++) {
                Socket socket = sockets.get(i);
                socket.getOutputStream().write(rests.get(i));
                socket.getOutputStream().flush();
                String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (answer.startsWith("HTTP/1.1 201")) {
                    answered++;
                }
            }
            service.awaitExit(Duration.ofSeconds(30));
            System.out.printf("SIGTERM: %d requests in flight, %d answered 201, %d cut; exited %d ms after the "
                    + "signal%n", inFlight, answered, inFlight - answered,
                    Duration.ofNanos(System.nanoTime() - signalled).toMillis());
            assertEquals(inFlight, answered);
            assertEquals(Integer.toString(inFlight),
                    database.query("select count(*) from todos where title like 'in flight %'").strip());
        } finally {
            for (Socket socket : sockets) {
                socket.close();
            }
        }
    }

    private static List<String> list(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String content) {
        try {
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String log(String name) {
        return GeneratedProject.tail(project.dir().resolve("target/" + name + ".log"), 40);
    }
}
