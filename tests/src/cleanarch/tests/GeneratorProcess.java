package cleanarch.tests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The generator run as a process of its own, from the classes these tests run with, in one JVM with the generator's
 * options ({@code //JAVA_OPTIONS}): what a test needs to race two runs or kill one with SIGKILL. A test that starts
 * many calls {@link #warmUp} first: a class data sharing archive, written once per test JVM, that later runs map,
 * which saves them about half of their CPU time.
 */
final class GeneratorProcess {

    /** Set by a test to stop a run before its n-th write step (see PlanApplier). */
    static final String PAUSE_VARIABLE = "CLEANARCH_TEST_PAUSE_BEFORE_WRITE";

    private static Path archive;
    private static boolean warm;

    private final Process process;
    private final BufferedReader err;
    private final StringBuilder errText = new StringBuilder();

    private GeneratorProcess(Process process) {
        this.process = process;
        this.err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
    }

    static GeneratorProcess start(Map<String, String> environment, List<String> javaOptions, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        command.addAll(javaOptions);
        Path shared = warm ? archive() : null;
        if (shared != null) {
            command.add("-XX:SharedArchiveFile=" + shared);
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "generate"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(environment);
        try {
            return new GeneratorProcess(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static GeneratorProcess start(String... args) {
        return start(Map.of(), List.of(), args);
    }

    /**
     * Reads stderr until the run says it paused (true) or ends without pausing (false): a run whose plan has fewer
     * write steps than the one asked for simply completes.
     */
    boolean awaitPause() {
        String line;
        try {
            while ((line = err.readLine()) != null) {
                errText.append(line).append('\n');
                if (line.startsWith("paused before write step")) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SIGKILL on Linux: no shutdown hook, no finally block runs. */
    void kill() {
        process.destroyForcibly();
        waitFor();
    }

    long pid() {
        return process.pid();
    }

    int waitFor() {
        try {
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("the generator did not finish in 2 minutes");
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Everything the run printed on stderr, once it has ended. */
    String err() {
        try {
            String line;
            while ((line = err.readLine()) != null) {
                errText.append(line).append('\n');
            }
        } catch (IOException e) {
            // The process was killed while we read: what was read is all there is.
        }
        return errText.toString();
    }

    /** Has the runs started from now on map a class data sharing archive, written by this call if need be. */
    static synchronized void warmUp() {
        warm = true;
        archive();
    }

    /**
     * A dynamic class data sharing archive of the generator, written once per test JVM by a dry run of an
     * {@code add-entity} (which loads the classes of every command); null when this JVM cannot write one.
     */
    private static synchronized Path archive() {
        if (archive != null) {
            return Files.isRegularFile(archive) ? archive : null;
        }
        try {
            Path directory = Files.createTempDirectory("cleanarch-generator-archive");
            directory.toFile().deleteOnExit();
            archive = directory.resolve("generator.jsa");
            archive.toFile().deleteOnExit();
            Path project = GeneratedProject.init(directory, "warm-up", "--no-example").dir();
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xlog:cds=off", "-Xlog:cds+dynamic=off",
                    "-XX:ArchiveClassesAtExit=" + archive, "-cp", System.getProperty("java.class.path"), "generate",
                    "add-entity", "WarmUp", "name:string", "--dry-run", "--project-dir", project.toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            process.waitFor(2, TimeUnit.MINUTES);
            TestFiles.deleteTree(project);
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        return Files.isRegularFile(archive) ? archive : null;
    }
}
