package cleanarch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's {@code chromium} in headless mode, one process per page: the DOM a page has once its scripts have run,
 * and a screenshot. {@code .ci/run} installs chromium when it is missing.
 */
final class HeadlessBrowser {

    // Virtual time: the page's timers and network run until they are idle or this much time has passed.
    private static final String VIRTUAL_TIME_BUDGET_MS = "20000";

    private HeadlessBrowser() {
    }

    /** The page's DOM after its scripts ran. */
    static String dumpDom(String url, Path workspace) {
        return new String(run(workspace, List.of("--dump-dom", url)), StandardCharsets.UTF_8);
    }

    /** Writes a PNG of the page, 1400 by 2000 pixels, to {@code file}. */
    static void screenshot(String url, Path file, Path workspace) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        run(workspace, List.of("--screenshot=" + file.toAbsolutePath(), "--window-size=1400,2000", url));
        assertTrue(Files.isRegularFile(file), "chromium wrote no screenshot to " + file);
    }

    private static byte[] run(Path workspace, List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(executable(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--disable-background-networking", "--hide-scrollbars",
                "--user-data-dir=" + workspace.resolve("chromium-profile"),
                "--virtual-time-budget=" + VIRTUAL_TIME_BUDGET_MS));
        command.addAll(arguments);
        try {
            Path errors = Files.createTempFile(workspace, "chromium", ".log");
            Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("chromium did not finish in 2 minutes: " + command);
            }
            assertEquals(0, process.exitValue(), () -> "chromium failed: " + command + "\n" + read(errors));
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String executable() {
        for (String name : List.of("chromium", "chromium-browser")) {
            for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
                if (Files.isExecutable(Path.of(dir, name))) {
                    return Path.of(dir, name).toString();
                }
            }
        }
        throw new AssertionError("chromium is not installed: apt-get install -y chromium (.ci/run does it)");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
