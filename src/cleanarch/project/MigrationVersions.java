package cleanarch.project;

import cleanarch.plan.Plan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Numbers new Flyway migrations: one above the highest major version present, counting the user's own migrations
 * and those planned in this run. The result depends only on the project's state, never on the clock, and sorts
 * after every existing migration whatever its numbering (1, 2, 3 or 20260101120000).
 */
public final class MigrationVersions {

    public static final String DIRECTORY = "src/main/resources/db/migration";
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+)(?:[._]\\d+)*__.*");

    private MigrationVersions() {
    }

    public static BigInteger next(Plan plan) {
        BigInteger highest = BigInteger.ZERO;
        Stream<String> onDisk = list(plan.root().resolve(DIRECTORY));
        Stream<String> planned = plan.changes().stream()
                .map(change -> change.path())
                .filter(path -> path.getParent() != null && path.getParent().equals(Path.of(DIRECTORY)))
                .map(path -> path.getFileName().toString());
        for (String name : (Iterable<String>) Stream.concat(onDisk, planned)::iterator) {
            Matcher matcher = VERSIONED.matcher(name);
            if (matcher.matches()) {
                highest = highest.max(new BigInteger(matcher.group(1)));
            }
        }
        return highest.add(BigInteger.ONE);
    }

    private static Stream<String> list(Path directory) {
        if (!Files.isDirectory(directory)) {
            return Stream.empty();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(file -> file.getFileName().toString()).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
