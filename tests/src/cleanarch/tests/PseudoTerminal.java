package cleanarch.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A command run on a real pseudo-terminal, through util-linux's {@code script}: its standard input and output are
 * a terminal, what it prints is read back, and the test types answers as a user would, once the question shows.
 */
final class PseudoTerminal implements AutoCloseable {

    private static final long TIMEOUT_MILLIS = 30_000;

    private final Process process;
    private final OutputStream keyboard;
    private final StringBuilder screen = new StringBuilder();
    private int seen;

    private PseudoTerminal(Process process) {
        this.process = process;
        this.keyboard = process.getOutputStream();
        Thread reader = new Thread(() -> copyScreen(process.getInputStream()), "pseudo-terminal reader");
        reader.setDaemon(true);
        reader.start();
    }

    static boolean available() {
        return Files.isExecutable(Path.of("/usr/bin/script")) || Files.isExecutable(Path.of("/bin/script"));
    }

    /** Starts {@code command} in {@code directory} on a new pseudo-terminal. */
    static PseudoTerminal start(Path directory, List<String> command) {
        String commandLine = command.stream().map(arg -> "'" + arg.replace("'", "'\\''") + "'")
                .collect(Collectors.joining(" "));
        try {
            return new PseudoTerminal(new ProcessBuilder("script", "-qfec", commandLine, "/dev/null")
                    .directory(directory.toFile()).redirectErrorStream(true).start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until {@code text} shows after what was seen so far. */
    PseudoTerminal expect(String text) {
        long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
        synchronized (screen) {
            while (screen.indexOf(text, seen) < 0) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    throw new AssertionError("'" + text + "' did not show in " + TIMEOUT_MILLIS / 1000
                            + " s; the terminal shows:\n" + screen);
                }
                try {
                    screen.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
            seen = screen.indexOf(text, seen) + text.length();
        }
        return this;
    }

    /** Types {@code line} and Enter. */
    PseudoTerminal type(String line) {
        try {
            keyboard.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            keyboard.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Waits for the command to end and returns its exit code. */
    int exitCode() {
        try {
            if (!process.waitFor(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)) {
                throw new AssertionError("the command did not end; the terminal shows:\n" + screen());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    String screen() {
        synchronized (screen) {
            return screen.toString();
        }
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private void copyScreen(InputStream output) {
        byte[] buffer = new byte[4096];
        try {
            for (int read; (read = output.read(buffer)) >= 0; ) {
                synchronized (screen) {
                    // A terminal ends lines with CR LF.
                    screen.append(new String(buffer, 0, read, StandardCharsets.UTF_8).replace("\r\n", "\n"));
                    screen.notifyAll();
                }
            }
        } catch (IOException e) {
            // The process ended.
        }
    }
}
