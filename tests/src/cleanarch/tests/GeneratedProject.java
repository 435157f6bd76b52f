package cleanarch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A project generated into a temporary directory, and the processes the end-to-end tests run in it. */
record GeneratedProject(Path dir, String name) {

    static GeneratedProject init(Path workspace, String name, String... options) {
        List<String> args = new ArrayList<>(List.of("init", name, "--output-dir", workspace.toString()));
        args.addAll(List.of(options));
        Cli result = Cli.run(args.toArray(String[]::new));
        assertEquals(0, result.exitCode(), result.err());
        return new GeneratedProject(workspace.resolve(name), name);
    }

    /** Runs the project's Maven wrapper and fails with the end of its output when Maven fails. */
    void maven(Map<String, String> environment, String... goals) {
        List<String> command = new ArrayList<>(List.of("./mvnw", "-B", "--no-transfer-progress"));
        command.addAll(List.of(goals));
        int exitCode = run(command, environment, "maven", 30);
        if (exitCode != 0) {
            throw new AssertionError("mvnw " + String.join(" ", goals) + " failed with exit code " + exitCode
                    + ":\n" + tail(dir.resolve("target/maven.log"), 80));
        }
    }

    /** Runs a management command of the packaged service and returns its exit code. */
    int manage(Map<String, String> environment, String... args) {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", "target/" + name + ".jar"));
        command.addAll(List.of(args));
        return run(command, environment, "manage", 3);
    }

    /**
     * Runs a management command on the working tree through {@code scripts/manage} (compiled, not packaged) and
     * returns its exit code.
     */
    int manageFromSources(Map<String, String> environment, String... args) {
        List<String> command = new ArrayList<>(List.of("scripts/manage"));
        command.addAll(List.of(args));
        // The java running these tests, as scripts/manage and the Maven wrapper pick it.
        Map<String, String> withJava = new HashMap<>(environment);
        withJava.put("JAVA_HOME", System.getProperty("java.home"));
        return run(command, withJava, "manage", 10);
    }

    /**
     * Fails when the last Maven run printed a warning: generated code must compile without any. Surefire's and
     * Failsafe's summary of a test class that skipped (ListingIT, which needs the Todo example, in a project made
     * with {@code --no-example}) is printed as a warning too, and is none.
     */
    void assertNoBuildWarnings() {
        List<String> warnings = output("maven").lines()
                .filter(line -> line.contains("[WARNING]"))
                .filter(line -> !(line.contains("Tests run:") && line.contains("Failures: 0, Errors: 0, Skipped:")))
                .toList();
        if (!warnings.isEmpty()) {
            throw new AssertionError("the build printed warnings:\n" + String.join("\n", warnings));
        }
    }

    String output(String log) {
        return read(dir.resolve("target/" + log + ".log"));
    }

    /**
     * Runs a shell command line, as a Dockerfile's {@code RUN} does, in {@code workingDirectory}, with the java
     * running these tests first on the PATH; returns its exit code. The output goes to {@code target/<log>.log}.
     */
    int shell(Path workingDirectory, String commandLine, String log) {
        String path = Path.of(java()).getParent() + File.pathSeparator + System.getenv("PATH");
        return run(workingDirectory, List.of("bash", "-c", commandLine), Map.of("PATH", path), log, 10);
    }

    private int run(List<String> command, Map<String, String> environment, String log, int timeoutMinutes) {
        return run(dir, command, environment, log, timeoutMinutes);
    }

    private int run(Path workingDirectory, List<String> command, Map<String, String> environment, String log,
            int timeoutMinutes) {
        try {
            Files.createDirectories(dir.resolve("target"));
            ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(dir.resolve("target/" + log + ".log").toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish in " + timeoutMinutes
                        + " minutes");
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String tail(Path file, int lines) {
        List<String> all = read(file).lines().toList();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }
}
