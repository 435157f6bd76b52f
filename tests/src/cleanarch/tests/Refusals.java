package cleanarch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

/** What every refused command must do: exit code 2, one line on stderr, and nothing changed on disk. */
final class Refusals {

    private Refusals() {
    }

    static void assertRefused(Cli result, String message, Map<String, String> before, Path root) {
        assertEquals(2, result.exitCode(), result.out() + result.err());
        assertEquals(1, result.err().strip().lines().count(), result.err());
        assertTrue(result.err().startsWith("error: ") && result.err().contains(message), result.err());
        assertEquals(before, TreeSnapshot.of(root));
    }
}
