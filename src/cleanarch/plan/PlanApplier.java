package cleanarch.plan;

import cleanarch.UserError;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Carries out a plan completely or not at all. Every precondition is checked before the first write; each file
 * is written to a temporary sibling and moved into place; if anything fails on the way, every file already
 * written is restored or removed, and every directory created is removed again.
 */
public final class PlanApplier {

    /** Called before each file is written: lets tests inject a failure in the middle of a run. */
    @FunctionalInterface
    public interface WriteHook {
        void beforeWrite(Path file) throws IOException;
    }

    private static final Set<PosixFilePermission> EXECUTABLE = EnumSet.of(
            PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE,
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_EXECUTE);

    private static final Set<PosixFilePermission> REGULAR = EnumSet.of(
            PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE,
            PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);

    private final WriteHook hook;

    public PlanApplier() {
        this(file -> { });
    }

    public PlanApplier(WriteHook hook) {
        this.hook = hook;
    }

    public void apply(Plan plan) {
        List<FileChange> changes = plan.changes();
        checkPreconditions(plan.root(), changes);
        Deque<Path> createdDirectories = new ArrayDeque<>();
        List<Path> createdFiles = new ArrayList<>();
        Map<Path, byte[]> replaced = new LinkedHashMap<>();
        try {
            for (FileChange change : changes) {
                Path target = plan.root().resolve(change.path());
                createDirectories(target.getParent(), createdDirectories);
                hook.beforeWrite(target);
                if (change instanceof FileChange.Modify modify) {
                    replaced.put(target, modify.original());
                } else {
                    createdFiles.add(target);
                }
                write(target, change);
            }
        } catch (IOException | RuntimeException e) {
            rollBack(createdFiles, replaced, createdDirectories);
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new UserError("could not write the project (" + reason + "); every change of this run was "
                    + "rolled back");
        }
    }

    private static void checkPreconditions(Path root, List<FileChange> changes) {
        for (FileChange change : changes) {
            Path target = root.resolve(change.path());
            if (change instanceof FileChange.Modify modify) {
                if (!Arrays.equals(read(target), modify.original())) {
                    throw new UserError(change.path() + " changed while the command ran; nothing was written");
                }
            } else if (Files.exists(target)) {
                throw new UserError(change.path() + " already exists; nothing was written");
            }
        }
    }

    private static void write(Path target, FileChange change) throws IOException {
        Path temporary = createTemporary(target, change.content());
        boolean moved = false;
        try {
            // The file gets the mode a new file of the project would have, or keeps the mode of the file it
            // replaces.
            if (change instanceof FileChange.Modify) {
                setPermissions(temporary, Files.getPosixFilePermissions(target));
            } else {
                boolean executable = ((FileChange.Create) change).executable();
                setPermissions(temporary, executable ? EXECUTABLE : REGULAR);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    /**
     * Writes {@code content} to a new hidden sibling of {@code target}. Not {@code Files.createTempFile}: its name
     * comes from a {@code SecureRandom}, whose set-up cost more than writing every file of a run. A name need not
     * be unguessable here: the file is created only if no file (or link) of that name exists.
     */
    private static Path createTemporary(Path target, byte[] content) throws IOException {
        for (int attempt = 1; ; attempt++) {
            Path temporary = target.resolveSibling("." + target.getFileName() + "."
                    + Long.toUnsignedString(ThreadLocalRandom.current().nextLong()) + ".tmp");
            OutputStream out;
            try {
                out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW);
            } catch (FileAlreadyExistsException e) {
                if (attempt == 10) {
                    throw e;
                }
                continue;
            }
            try (out) {
                out.write(content);
            } catch (IOException e) {
                Files.deleteIfExists(temporary);
                throw e;
            }
            return temporary;
        }
    }

    private static void setPermissions(Path file, Set<PosixFilePermission> permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(file, permissions);
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system (Windows): files there carry no such mode.
            file.toFile().setExecutable(permissions.contains(PosixFilePermission.OWNER_EXECUTE), false);
        }
    }

    private static void createDirectories(Path directory, Deque<Path> created) throws IOException {
        Deque<Path> missing = new ArrayDeque<>();
        for (Path current = directory; current != null && !Files.exists(current); current = current.getParent()) {
            missing.push(current);
        }
        while (!missing.isEmpty()) {
            Path next = missing.pop();
            Files.createDirectory(next);
            created.push(next);
        }
    }

    private static void rollBack(List<Path> createdFiles, Map<Path, byte[]> replaced, Deque<Path> createdDirectories) {
        for (Path file : createdFiles) {
            quietly(() -> Files.deleteIfExists(file));
        }
        replaced.forEach((file, original) -> quietly(() -> Files.write(file, original)));
        for (Path directory : createdDirectories) {
            quietly(() -> Files.deleteIfExists(directory));
        }
    }

    private interface IoAction {
        Object run() throws IOException;
    }

    private static void quietly(IoAction action) {
        try {
            action.run();
        } catch (IOException e) {
            // Keep rolling back the rest: one leftover is better than many.
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
