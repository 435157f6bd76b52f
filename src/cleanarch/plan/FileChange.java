package cleanarch.plan;

import java.nio.file.Path;

/**
 * One file a plan creates, rewrites or deletes, with its whole new content (none for a deletion). Paths are relative
 * to the plan's root.
 */
public sealed interface FileChange permits FileChange.Create, FileChange.Modify, FileChange.Delete {

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

    /**
     * A file removed (a renamed class's old file, say); the plan fails if it changed since it was read. Its content
     * is empty; the journal keeps {@code original} to put it back.
     */
    record Delete(Path path, byte[] original) implements FileChange {

        @Override
        public byte[] content() {
            return new byte[0];
        }
    }
}
