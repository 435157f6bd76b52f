package cleanarch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's command, {@code ./jbang generate.java ...}, runs the generator from a jar the launcher builds once per
 * version of its sources. Runs the launcher of a copy of this repository with a cache of its own: the build answers
 * like JBang would, and a changed template is used at once, never a stale build.
 */
@Tag("e2e")
class LauncherEndToEndTest {

    private static final List<String> REPOSITORY_FILES = List.of("generate.java", "jbang", "jbang-catalog.json",
            "src", "templates");

    @TempDir
    Path workspace;

    @Test
    void a_changed_template_is_built_and_used_on_the_next_run() throws IOException {
        Path repository = copyOfThisRepository();
        Path cache = workspace.resolve("cache");
        seedJBang(cache.resolve("cleanarch"));

        Launch first = launch(repository, cache, "generate.java", "init", "first", "--output-dir", "out");
        assertEquals(0, first.exitCode(), first.output());
        assertTrue(Files.isRegularFile(repository.resolve("out/first/cleanarch.json")), first.output());
        Path firstBuild = onlyBuild(cache);
        assertTrue(Files.isRegularFile(firstBuild.resolve("cleanarch.jar")), "no jar in " + firstBuild);
        assertTrue(Files.isRegularFile(firstBuild.resolve("cleanarch.jsa")), "no archive in " + firstBuild);

        Files.writeString(repository.resolve("templates/project/README.md.peb"), "\nA line added after the build.\n",
                StandardOpenOption.APPEND);
        Launch second = launch(repository, cache, "./generate.java", "init", "second", "--output-dir", "out");
        assertEquals(0, second.exitCode(), second.output());
        String readme = Files.readString(repository.resolve("out/second/README.md"));
        assertTrue(readme.contains("A line added after the build."),
                "the run used the build of the unchanged templates");
        Path secondBuild = onlyBuild(cache);
        assertNotEquals(firstBuild, secondBuild);
    }

    @Test
    void bad_input_gets_the_generators_exit_code_and_one_line_error() throws IOException {
        Path repository = copyOfThisRepository();
        Path cache = workspace.resolve("cache");
        seedJBang(cache.resolve("cleanarch"));
        assertEquals(0, launch(repository, cache, "generate.java", "--version").exitCode());

        Launch refused = launch(repository, cache, "generate.java", "init", "My-Service");
        assertEquals(2, refused.exitCode(), refused.output());
        assertEquals(1, refused.output().lines().count(), refused.output());
        assertTrue(refused.output().startsWith("error: "), refused.output());
        assertTrue(Files.notExists(repository.resolve("My-Service")));
    }

    private Path copyOfThisRepository() throws IOException {
        Path source = Path.of("").toAbsolutePath();
        if (!Files.isRegularFile(source.resolve("generate.java"))) {
            throw new AssertionError("run the tests from the repository's root, not " + source);
        }
        Path target = workspace.resolve("repository");
        for (String name : REPOSITORY_FILES) {
            try (Stream<Path> files = Files.walk(source.resolve(name))) {
                for (Path file : files.toList()) {
                    Path copy = target.resolve(source.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(copy);
                    } else {
                        Files.createDirectories(copy.getParent());
                        Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                }
            }
        }
        return target;
    }

    /** The JBang jar the launcher fetched for this test run, so that the new cache needs no download. */
    private static void seedJBang(Path launcherCache) throws IOException {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path userCache = (xdg != null ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache"))
                .resolve("cleanarch");
        Files.createDirectories(launcherCache);
        if (!Files.isDirectory(userCache)) {
            return;
        }
        try (Stream<Path> files = Files.list(userCache)) {
            for (Path jar : files.filter(file -> file.getFileName().toString().startsWith("jbang-cli-")).toList()) {
                Files.copy(jar, launcherCache.resolve(jar.getFileName()));
            }
        }
    }

    private static Path onlyBuild(Path cache) throws IOException {
        try (Stream<Path> entries = Files.list(cache.resolve("cleanarch"))) {
            List<Path> builds = entries.filter(entry -> entry.getFileName().toString().startsWith("generator-"))
                    .toList();
            assertEquals(1, builds.size(), "generator builds in the cache: " + builds);
            return builds.get(0);
        }
    }

    private record Launch(int exitCode, String output) {
    }

    private static Launch launch(Path repository, Path cache, String... args) {
        List<String> command = new ArrayList<>(List.of("./jbang"));
        command.addAll(List.of(args));
        try {
            Path log = Files.createTempFile(cache.getParent(), "launch", ".log");
            ProcessBuilder builder = new ProcessBuilder(command).directory(repository.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("XDG_CACHE_HOME", cache.toString());
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            Process process = builder.start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish in 5 minutes");
            }
            // The build's one progress line goes to stderr: what is left is the generator's own output.
            String output = Files.readString(log).lines()
                    .filter(line -> !line.startsWith("[cleanarch] building the generator"))
                    .collect(Collectors.joining("\n"));
            return new Launch(process.exitValue(), output);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
