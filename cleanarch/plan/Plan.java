package cleanarch.plan;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Everything one command will change, computed before anything is written: a command builds a plan, then
 * {@link PlanApplier} carries it out completely or not at all, and {@code --dry-run} only prints it.
 */
public final class Plan {

    private final Path root;
    private final List<FileChange> changes = new ArrayList<>();

    public Plan(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    public Plan create(String path, String content) {
        return create(path, content.getBytes(StandardCharsets.UTF_8), false);
    }

    public Plan create(String path, byte[] content, boolean executable) {
        changes.add(new FileChange.Create(Path.of(path), content, executable));
        return this;
    }

    public Plan modify(String path, String original, String content) {
        changes.add(new FileChange.Modify(Path.of(path), original.getBytes(StandardCharsets.UTF_8),
                content.getBytes(StandardCharsets.UTF_8)));
        return this;
    }

    /** The changes in path order, so that output and application are the same on every run. */
    public List<FileChange> changes() {
        return changes.stream().sorted(Comparator.comparing(change -> change.path().toString())).toList();
    }
}
