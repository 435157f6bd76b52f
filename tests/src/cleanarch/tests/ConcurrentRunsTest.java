package cleanarch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two commands on one project never interleave: run at the same moment, the second plans against the first one's
 * result (distinct migration versions, both beans, both entities in the metadata) or refuses with one line naming
 * the other; never a damaged project. Real generator processes (tagged e2e: a few seconds each on a loaded
 * machine), and threads of one JVM.
 */
class ConcurrentRunsTest {

    /** Rounds of two processes started together; the README's "runs raced" is twice this. */
    static final int ROUNDS = 3;

    private static final String CONTAINER = "src/main/java/com/example/shop/DependencyContainer.java";
    private static final String MIGRATIONS = "src/main/resources/db/migration";

    @TempDir
    Path dir;

    @Test
    @Tag("e2e")
    void two_processes_started_together_both_apply_one_after_the_other_or_the_second_refuses() {
        GeneratorProcess.warmUp();
        int applied = 0;
        int refused = 0;
        for (int round = 1; round <= ROUNDS; round++) {
            Path project = GeneratedProject.init(dir.resolve("round" + round), "shop", "--no-example").dir();
            GeneratorProcess first = GeneratorProcess.start("add-entity", "Alpha", "name:string",
                    "--project-dir", project.toString());
            GeneratorProcess second = GeneratorProcess.start("add-entity", "Beta", "title:string",
                    "--project-dir", project.toString());
            List<String> added = new ArrayList<>();
            for (var run : List.of(Map.entry("Alpha", first), Map.entry("Beta", second))) {
                int exitCode = run.getValue().waitFor();
                String err = run.getValue().err();
                if (exitCode == 0) {
                    added.add(run.getKey());
                    applied++;
                } else {
                    assertEquals(2, exitCode, err);
                    assertEquals(1, err.lines().count(), err);
                    assertTrue(err.startsWith("error: another cleanarch command is changing this project (pid "), err);
                    refused++;
                }
            }
            assertFalse(added.isEmpty(), "neither run applied");
            assertConsistent(project, added);
        }
        System.out.printf("concurrent runs: %d raced, %d applied one after the other, %d refused, 0 damaged%n",
                2 * ROUNDS, applied, refused);
    }

    @Test
    @Tag("e2e")
    void a_second_process_waits_then_refuses_with_one_line_naming_the_holder_and_a_dead_holder_is_taken_over() {
        Path project = GeneratedProject.init(dir, "shop", "--no-example").dir();
        GeneratorProcess holder = GeneratorProcess.start(Map.of(GeneratorProcess.PAUSE_VARIABLE, "1"), List.of(),
                "add-entity", "Alpha", "name:string", "--project-dir", project.toString());
        try {
            assertTrue(holder.awaitPause(), holder::err);
            Map<String, String> held = TreeSnapshot.of(project);

            GeneratorProcess waiting = GeneratorProcess.start(Map.of(), List.of("-Dcleanarch.lockTimeoutMillis=1500"),
                    "add-entity", "Beta", "title:string", "--project-dir", project.toString());

            assertEquals(2, waiting.waitFor());
            String err = waiting.err();
            assertEquals(1, err.lines().count(), err);
            assertTrue(err.startsWith("error: another cleanarch command is changing this project (pid "
                    + holder.pid() + ": add-entity Alpha name:string --project-dir "), err);
            assertEquals(held, TreeSnapshot.of(project));
        } finally {
            holder.kill();
        }

        Cli next = Cli.run("add-entity", "Beta", "title:string", "--project-dir", project.toString());

        assertEquals(0, next.exitCode(), next.err());
        assertEquals("", next.err());
        assertConsistent(project, List.of("Beta"));
    }

    @Test
    void threads_of_one_jvm_take_turns() throws Exception {
        Path project = GeneratedProject.init(dir, "shop", "--no-example").dir();
        List<String> names = List.of("Alpha", "Beta", "Gamma", "Delta");
        ExecutorService threads = Executors.newFixedThreadPool(names.size());
        // Four runs in a row may take longer than the default wait on a loaded machine: this test is about order.
        System.setProperty("cleanarch.lockTimeoutMillis", "120000");
        try {
            List<Future<Cli>> runs = new ArrayList<>();
            for (String name : names) {
                runs.add(threads.submit(() -> Cli.run("add-entity", name, "title:string", "--project-dir",
                        project.toString())));
            }
            for (Future<Cli> run : runs) {
                Cli result = run.get();
                assertEquals(0, result.exitCode(), result.err());
            }
        } finally {
            threads.shutdown();
            System.clearProperty("cleanarch.lockTimeoutMillis");
        }
        assertConsistent(project, names);
    }

    /** Every entity added has its metadata, its bean and its own migration version; nothing half-written is left. */
    static void assertConsistent(Path project, List<String> added) {
        try {
            String metadata = Files.readString(project.resolve("cleanarch.json"));
            String container = Files.readString(project.resolve(CONTAINER));
            for (String name : added) {
                assertTrue(metadata.contains("\"name\": \"" + name + "\""), metadata);
                String bean = Character.toLowerCase(name.charAt(0)) + name.substring(1) + "Service(";
                assertEquals(1, container.split(Pattern.quote(bean), -1).length - 1, container);
            }
            assertEquals(added.size(), metadata.split("\"fields\"", -1).length - 1, metadata);
            Set<String> versions = new HashSet<>();
            List<String> migrations;
            try (Stream<Path> files = Files.list(project.resolve(MIGRATIONS))) {
                migrations = files.map(file -> file.getFileName().toString()).sorted().toList();
            }
            for (String migration : migrations) {
                assertTrue(versions.add(migration.substring(0, migration.indexOf("__"))), "two " + migration);
            }
            assertEquals(1 + added.size(), migrations.size(), migrations.toString());
            assertFalse(Files.exists(project.resolve(".cleanarch/journal")));
            assertEquals("", Files.readString(project.resolve(".cleanarch/lock")));
            try (Stream<Path> files = Files.walk(project)) {
                assertEquals(List.of(), files.filter(file -> file.getFileName().toString().endsWith(".tmp")).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
