package cleanarch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InitCommandTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"My-Service", "my_service", "1service", "my--service", "../escape", "a/b", "-x", "my-"})
    void refuses_an_invalid_project_name_and_writes_nothing(String name) {
        Cli result = Cli.run("init", name, "--output-dir", dir.toString());

        assertRefusedWithOneLine(result);
        assertEquals(Map.of("", "dir"), TreeSnapshot.of(dir));
    }

    @ParameterizedTest
    @ValueSource(strings = {"--group-id=com.Example", "--group-id=com.class", "--package=org.new.app",
            "--package=com..x", "--port=0", "--port=70000", "--service-prefix=a b", "--port=abc"})
    void refuses_invalid_options_and_writes_nothing(String option) {
        Cli result = Cli.run("init", "my-service", option, "--output-dir", dir.toString());

        assertRefusedWithOneLine(result);
        assertEquals(Map.of("", "dir"), TreeSnapshot.of(dir));
    }

    @Test
    void refuses_a_target_directory_that_is_not_empty() throws IOException {
        Files.createDirectories(dir.resolve("my-service"));
        Files.writeString(dir.resolve("my-service/notes.txt"), "mine");
        Map<String, String> before = TreeSnapshot.of(dir);

        Cli result = Cli.run("init", "my-service", "--output-dir", dir.toString());

        assertRefusedWithOneLine(result);
        assertTrue(result.err().contains("not empty"), result.err());
        assertEquals(before, TreeSnapshot.of(dir));
    }

    @Test
    void scripts_are_executable_and_the_other_files_are_not() {
        Cli result = Cli.run("init", "my-service", "--output-dir", dir.toString());

        assertEquals(0, result.exitCode(), result.err());
        Path project = dir.resolve("my-service");
        for (String script : new String[] {"mvnw", "scripts/manage", "scripts/run_postgres.sh"}) {
            assertTrue(Files.isExecutable(project.resolve(script)), script);
        }
        assertFalse(Files.isExecutable(project.resolve("pom.xml")));
        assertFalse(Files.isExecutable(project.resolve("README.md")));
    }

    @Test
    void timings_go_to_stderr_and_leave_the_output_alone() {
        Cli plain = Cli.run("init", "plain", "--output-dir", dir.toString());
        Cli timed = Cli.run("init", "timed", "--output-dir", dir.toString(), "--timings");

        assertEquals(0, timed.exitCode(), timed.err());
        assertEquals(plain.out().replace("plain", "timed"), timed.out());
        assertTrue(timed.err().matches("timings: in-process \\d+\\.\\d ms \\(parse \\d+\\.\\d, plan \\d+\\.\\d, "
                + "write \\d+\\.\\d\\); JVM start to command line -?\\d+ ms\\R"), timed.err());
    }

    @Test
    void accepts_an_existing_empty_target_directory() throws IOException {
        Files.createDirectories(dir.resolve("my-service"));

        Cli result = Cli.run("init", "my-service", "--output-dir", dir.toString());

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(Files.exists(dir.resolve("my-service/cleanarch.json")));
    }

    @Test
    void dry_run_lists_the_files_and_writes_nothing() {
        Cli result = Cli.run("init", "my-service", "--output-dir", dir.toString(), "--dry-run");

        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().contains("create cleanarch.json"), result.out());
        assertTrue(result.out().contains("create src/main/java/com/example/myservice/Application.java"),
                result.out());
        assertEquals(Map.of("", "dir"), TreeSnapshot.of(dir));
    }

    @Test
    void records_the_options_in_the_metadata_file() throws IOException {
        Cli result = Cli.run("init", "billing", "--group-id", "org.acme", "--service-prefix", "/pay/",
                "--port", "8081", "--no-example", "--output-dir", dir.toString());

        assertEquals(0, result.exitCode(), result.err());
        String metadata = Files.readString(dir.resolve("billing/cleanarch.json"));
        assertTrue(metadata.contains("\"package_name\": \"org.acme.billing\""), metadata);
        assertTrue(metadata.contains("\"service_prefix\": \"pay\""), metadata);
        assertTrue(metadata.contains("\"port\": 8081"), metadata);
        assertTrue(metadata.contains("\"entities\": []"), metadata);
        assertTrue(Files.exists(dir.resolve("billing/src/main/java/org/acme/billing/Application.java")));
    }

    /** init renders the example's beans into DependencyContainer; add-entity merges them through JavaParser. */
    @ParameterizedTest
    @ValueSource(strings = {"com.example.shop", "org.acme.shop"})
    void renders_the_example_into_the_container_as_add_entity_would_add_it(String packageName) throws IOException {
        Path container = Path.of("src/main/java", packageName.replace('.', '/'), "DependencyContainer.java");
        Cli withExample = Cli.run("init", "shop", "--package", packageName, "--output-dir",
                dir.resolve("with").toString());
        Cli bare = Cli.run("init", "shop", "--package", packageName, "--no-example", "--output-dir",
                dir.resolve("added").toString());
        Cli added = Cli.run("add-entity", "Todo", "title:string:required:max=255", "description:text",
                "completed:boolean:default=false", "--project-dir", dir.resolve("added/shop").toString());

        assertEquals(0, withExample.exitCode() + bare.exitCode() + added.exitCode(),
                withExample.err() + bare.err() + added.err());
        assertEquals(Files.readString(dir.resolve("added/shop").resolve(container)),
                Files.readString(dir.resolve("with/shop").resolve(container)));
    }

    private static void assertRefusedWithOneLine(Cli result) {
        assertEquals(2, result.exitCode(), result.out() + result.err());
        assertEquals(1, result.err().strip().lines().count(), result.err());
        assertTrue(result.err().startsWith("error: "), result.err());
        assertFalse(result.out().contains("created"), result.out());
    }
}
