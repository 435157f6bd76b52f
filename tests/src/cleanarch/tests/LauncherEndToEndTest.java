package cleanarch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's command, {@code ./jbang generate.java ...}, runs the generator from a jar the launcher builds once per
 * version of its sources. Runs the launcher of a copy of this repository with a cache of its own: the build reports
 * its steps and answers like JBang would, a changed template is used at once, never a stale build, and the
 * {@code cleanarch} command that {@code ./jbang install} writes runs the commands the READMEs show.
 */
@Tag("e2e")
class LauncherEndToEndTest {

    /** A step of the launcher: {@code cleanarch: [  3.1 s] compiling the generator (JBang)}. */
    private static final Pattern STEP = Pattern.compile("cleanarch: \\[ *(\\d+\\.\\d) s\\] (.+)");

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
        // Whether JBang compiles depends on its own cache (~/.jbang), which holds builds of sources it has seen.
        assertSteps(first, "building the generator: once after each change of its sources",
                "exporting the generator as a jar with JBang", "(compiling the generator (JBang))",
                "training its class data sharing archive", "generator ready");
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
        // The bundled templates changed, so the generator was built again; JBang compiles only sources its own
        // cache has not seen, and an earlier run on this machine may have made this very edit.
        assertSteps(second, "building the generator: once after each change of its sources",
                "exporting the generator as a jar with JBang", "(compiling the generator (JBang))",
                "training its class data sharing archive", "generator ready");

        Launch warm = launch(repository, cache, "generate.java", "--version");
        assertEquals(0, warm.exitCode(), warm.output());
        assertEquals(List.of(), warm.steps(), "a warm run reported build steps");
    }

    @Test
    void the_installed_command_runs_the_readmes_commands_from_any_directory() throws IOException {
        Path repository = copyOfThisRepository();
        Path cache = workspace.resolve("cache");
        seedJBang(cache.resolve("cleanarch"));
        assertEquals(0, launch(repository, cache, "generate.java", "--version").exitCode());
        Path home = Files.createDirectories(workspace.resolve("home"));
        Map<String, String> user = Map.of("HOME", home.toString(), "XDG_CACHE_HOME", cache.toString(),
                "PATH", home.resolve(".local/bin") + ":" + System.getenv("PATH"));

        // The README's install command, with a home of the test's own; then a second run replaces the script.
        Shell install = shell(repository, Map.of("HOME", home.toString()), "./jbang install");
        assertEquals(0, install.exitCode(), install.output());
        assertTrue(install.output().startsWith("installed " + home.resolve(".local/bin/cleanarch")), install.output());
        assertTrue(install.output().contains("is not on your PATH"), install.output());
        assertEquals(0, shell(repository, Map.of("HOME", home.toString()), "./jbang install").exitCode());

        Path elsewhere = Files.createDirectories(workspace.resolve("elsewhere"));
        Shell init = shell(elsewhere, user, "cleanarch init shop --no-input");
        assertEquals(0, init.exitCode(), init.output());
        Path project = elsewhere.resolve("shop");
        for (String command : codeBlock(Files.readString(project.resolve("README.md")), "## Growing the service")) {
            Shell run = shell(project, user, command);
            assertEquals(0, run.exitCode(), command + "\n" + run.output());
        }
        assertTrue(shell(project, user, "cleanarch list").output().contains("ref=Author"));

        for (String command : codeBlock(Files.readString(Path.of("README.md")), "## Shell completion")) {
            Shell run = shell(elsewhere, user, command);
            assertEquals(0, run.exitCode(), command + "\n" + run.output());
        }
        Shell completion = shell(elsewhere, user, "source ~/.bashrc && complete -p cleanarch");
        assertTrue(completion.output().contains("-F _complete_cleanarch cleanarch"), completion.output());

        Files.writeString(home.resolve(".local/bin/cleanarch"), "#!/bin/sh\necho mine\n");
        Shell refused = shell(repository, Map.of("HOME", home.toString()), "./jbang install");
        assertEquals(2, refused.exitCode(), refused.output());
        assertTrue(refused.output().contains("was not written by ./jbang install"), refused.output());
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

    /**
     * The steps the launcher reported on stderr, in order, each stamped with a time no earlier than the last; a step
     * in parentheses may be left out, and so may JBang's resolving of dependencies its cache already holds.
     */
    private static void assertSteps(Launch launch, String... steps) {
        List<String> reported = launch.steps().stream().map(line -> line.replaceFirst(STEP.pattern(), "$2"))
                .filter(step -> !step.equals("resolving the generator's dependencies (JBang)"))
                .toList();
        List<String> expected = Stream.of(steps)
                .filter(step -> !step.startsWith("(") || reported.contains(step.substring(1, step.length() - 1)))
                .map(step -> step.startsWith("(") ? step.substring(1, step.length() - 1) : step)
                .toList();
        assertEquals(expected, reported, launch.steps().toString());
        double previous = 0;
        for (String line : launch.steps()) {
            Matcher matcher = STEP.matcher(line);
            assertTrue(matcher.matches(), line);
            double seconds = Double.parseDouble(matcher.group(1));
            assertTrue(seconds >= previous, "time went back: " + launch.steps());
            previous = seconds;
        }
    }

    /** The lines of the first {@code ```bash} block after {@code heading}, without comments. */
    private static List<String> codeBlock(String markdown, String heading) {
        String section = markdown.substring(markdown.indexOf(heading));
        String block = section.substring(section.indexOf("```bash\n") + "```bash\n".length());
        return block.substring(0, block.indexOf("```")).lines().filter(line -> !line.isBlank()).toList();
    }

    private record Shell(int exitCode, String output) {
    }

    /** Runs a command line of a README in bash, as a user would type it, in {@code directory}. */
    private Shell shell(Path directory, Map<String, String> environment, String commandLine) {
        try {
            Path log = Files.createTempFile(workspace, "shell", ".log");
            ProcessBuilder builder = new ProcessBuilder("bash", "--noprofile", "--norc", "-c", commandLine)
                    .directory(directory.toFile()).redirectErrorStream(true).redirectOutput(log.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new AssertionError(commandLine + " did not finish in 5 minutes");
            }
            return new Shell(process.exitValue(), Files.readString(log));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The generator's exit code and output, and apart from it the launcher's step lines. */
    private record Launch(int exitCode, String output, List<String> steps) {
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
            // The build's step lines go to stderr: what is left is the generator's own output.
            List<String> lines = Files.readString(log).lines().toList();
            String output = lines.stream().filter(line -> !STEP.matcher(line).matches())
                    .collect(Collectors.joining("\n"));
            return new Launch(process.exitValue(), output,
                    lines.stream().filter(line -> STEP.matcher(line).matches()).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
