package cleanarch.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The generator run in a JVM of its own, from the classes these tests run with: for what a process must own. */
final class GeneratorJvm {

    private GeneratorJvm() {
    }

    /** The command line that runs the generator with {@code args}. */
    static List<String> command(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), "generate"));
        command.addAll(List.of(args));
        return command;
    }

    record Result(int exitCode, String out, String err) {
    }

    /**
     * Runs the generator in {@code directory} with {@code environment} added, its standard input a pipe that stays
     * open: a command that waited for an answer would hang, and fail the test after 30 seconds.
     */
    static Result run(Path directory, Map<String, String> environment, String... args) {
        try {
            Path out = Files.createTempFile("generator", ".out");
            Path err = Files.createTempFile("generator", ".err");
            ProcessBuilder builder = new ProcessBuilder(command(args)).directory(directory.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    throw new AssertionError("the generator did not end in 30 s (waiting for input?): "
                            + Files.readString(out));
                }
                return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                        Files.readString(err, StandardCharsets.UTF_8));
            } finally {
                process.destroyForcibly();
                process.getOutputStream().close();
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
