package cleanarch.plan;

import cleanarch.UserError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Everything one command will change, computed before anything is written: a command builds a plan, then
 * {@link PlanApplier} carries it out completely or not at all, and {@code --dry-run} only prints it.
 *
 * <p>Planning steps see each other's work: {@link #read} returns the content a file will have after the steps
 * planned so far, so one step can edit a file that an earlier step created or edited.
 */
public final class Plan {

    private final Path root;
    private final TreeMap<Path, FileChange> changes = new TreeMap<>();
    private Path writtenLast;

    public Plan(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /** The file's content as planned so far: a pending change, else what is on disk, else nothing. */
    public Optional<String> read(String path) {
        FileChange pending = changes.get(Path.of(path));
        if (pending instanceof FileChange.Delete) {
            return Optional.empty();
        }
        if (pending != null) {
            return Optional.of(new String(pending.content(), StandardCharsets.UTF_8));
        }
        Path file = root.resolve(path);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(file));
        } catch (IOException e) {
            throw new UserError("cannot read " + file + " (" + IoErrors.describe(e) + "); nothing was written");
        }
    }

    public boolean exists(String path) {
        FileChange pending = changes.get(Path.of(path));
        return pending != null ? !(pending instanceof FileChange.Delete) : Files.exists(root.resolve(path));
    }

    public Plan create(String path, String content) {
        return create(path, content.getBytes(StandardCharsets.UTF_8), FileMode.REGULAR);
    }

    /** Plans a new file, refusing (as bad input) one that exists on disk or was planned already. */
    public Plan createNew(String path, String content) {
        if (exists(path)) {
            throw new UserError(path + " already exists; nothing was written");
        }
        return create(path, content);
    }

    /** Plans a new file with the given mode; the plan fails at apply time if the file exists by then. */
    public Plan create(String path, byte[] content, FileMode mode) {
        Path key = Path.of(path);
        FileChange pending = changes.get(key);
        if (pending instanceof FileChange.Delete delete) {
            // Deleted, then written again: a change of content.
            changes.put(key, new FileChange.Modify(key, delete.original(), content));
            return this;
        }
        if (pending != null) {
            throw new IllegalStateException(path + " is planned twice");
        }
        changes.put(key, new FileChange.Create(key, content, mode));
        return this;
    }

    /** Plans a new content for a file that exists on disk or was planned earlier. */
    public Plan update(String path, String content) {
        Path key = Path.of(path);
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        FileChange pending = changes.get(key);
        if (pending instanceof FileChange.Create create) {
            changes.put(key, new FileChange.Create(key, bytes, create.mode()));
        } else if (pending instanceof FileChange.Modify modify) {
            changes.put(key, new FileChange.Modify(key, modify.original(), bytes));
        } else {
            String original = read(path).orElseThrow(() -> new IllegalStateException(path + " does not exist"));
            changes.put(key, new FileChange.Modify(key, original.getBytes(StandardCharsets.UTF_8), bytes));
        }
        return this;
    }

    /**
     * Plans the removal of a file that exists on disk or was planned earlier: a file the plan creates is simply
     * not created.
     */
    public Plan delete(String path) {
        Path key = Path.of(path);
        FileChange pending = changes.get(key);
        if (pending instanceof FileChange.Create) {
            changes.remove(key);
        } else if (pending instanceof FileChange.Modify modify) {
            changes.put(key, new FileChange.Delete(key, modify.original()));
        } else if (pending == null) {
            String original = read(path).orElseThrow(() -> new IllegalStateException(path + " does not exist"));
            changes.put(key, new FileChange.Delete(key, original.getBytes(StandardCharsets.UTF_8)));
        }
        return this;
    }

    public Plan modify(String path, String original, String content) {
        Path key = Path.of(path);
        changes.put(key, new FileChange.Modify(key, original.getBytes(StandardCharsets.UTF_8),
                content.getBytes(StandardCharsets.UTF_8)));
        return this;
    }

    /**
     * Marks the file that is written after every other one: the project's metadata, so that a project whose
     * metadata records a change has every file of that change.
     */
    public Plan writeLast(String path) {
        writtenLast = Path.of(path);
        return this;
    }

    /** The changes in path order, so that output and application are the same on every run. */
    public List<FileChange> changes() {
        return List.copyOf(changes.values());
    }

    /** The changes in the order they are written: path order, with the file marked by {@link #writeLast} last. */
    public List<FileChange> writeOrder() {
        List<FileChange> order = new ArrayList<>(changes.values());
        FileChange last = writtenLast == null ? null : changes.get(writtenLast);
        if (last != null) {
            order.remove(last);
            order.add(last);
        }
        return order;
    }
}
