package cleanarch.plan;

import java.nio.file.Path;

/** One file a plan creates or rewrites, with its whole new content. Paths are relative to the plan's root. */
public sealed interface FileChange permits FileChange.Create, FileChange.Modify {

    Path path();

    byte[] content();

    /** A new file, created with {@code mode}; the plan fails if it exists by the time it is applied. */
    record Create(Path path, byte[] content, FileMode mode) implements FileChange {
    }

    /**
     * A new content for an existing file, which keeps its mode; the plan fails if the file changed since it was
     * read.
     */
    record Modify(Path path, byte[] original, byte[] content) implements FileChange {
    }
}
