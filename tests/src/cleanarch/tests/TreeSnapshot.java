package cleanarch.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Every file and directory under a root with a hash of its content: equal snapshots mean an unchanged tree. */
final class TreeSnapshot {

    private TreeSnapshot() {
    }

    static Map<String, String> of(Path root) {
        Map<String, String> snapshot = new TreeMap<>();
        if (!Files.exists(root)) {
            return snapshot;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.forEach(path -> snapshot.put(root.relativize(path).toString(),
                    Files.isDirectory(path) ? "dir" : sha256(path)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return snapshot;
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
