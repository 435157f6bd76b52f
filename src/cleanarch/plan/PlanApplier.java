package cleanarch.plan;

import cleanarch.UserError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
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
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Carries out a plan completely or not at all. Every precondition is checked before the first write; the
 * {@link Journal} of the run is written and forced to disk; each file is written to a temporary sibling and moved
 * into place, the metadata file last; then the journal is deleted. If anything fails on the way, every file already
 * written is restored or removed and every directory created is removed again; if the process dies on the way,
 * the next command does the same from the journal.
 */
public final class PlanApplier {

    /** Called before each file is written: lets tests inject a failure in the middle of a run. */
    @FunctionalInterface
    public interface WriteHook {
        void beforeWrite(Path file) throws IOException;
    }

    /**
     * A test hook: set to {@code n}, the process says so on stderr and stops for a minute before its n-th write
     * step (the journal, each file's temporary copy, each move into place, the journal's deletion), so that a test
     * can kill it exactly there.
     */
    static final String PAUSE_VARIABLE = "CLEANARCH_TEST_PAUSE_BEFORE_WRITE";

    private final Journal journal;
    private final WriteHook hook;
    private final int pauseBeforeStep;
    private int step;

    /** An applier that keeps no journal: a failure is rolled back, a killed process leaves what it wrote. */
    public PlanApplier() {
        this(file -> { });
    }

    public PlanApplier(WriteHook hook) {
        this(null, hook);
    }

    /** An applier whose every run can be rolled back by the next command if this process dies half-way. */
    public PlanApplier(Journal journal) {
        this(journal, file -> { });
    }

    private PlanApplier(Journal journal, WriteHook hook) {
        this.journal = journal;
        this.hook = hook;
        String pause = System.getenv(PAUSE_VARIABLE);
        this.pauseBeforeStep = pause == null || !pause.matches("\\d{1,6}") ? 0 : Integer.parseInt(pause);
    }

    public void apply(Plan plan) {
        Path root = plan.root();
        List<FileChange> changes = plan.writeOrder();
        checkPreconditions(root, changes);
        List<Path> createdDirectories = missingDirectories(root, changes);
        Journal.Record record = Journal.record(root, journal == null ? "" : journal.command(), changes,
                createdDirectories);
        boolean journalWritten = false;
        try {
            if (journal != null) {
                beforeStep("write the journal");
                journal.write(record);
                journalWritten = true;
            }
            for (FileChange change : changes) {
                Path target = root.resolve(change.path());
                if (!(change instanceof FileChange.Delete)) {
                    beforeStep("write a temporary copy of " + change.path());
                }
                for (Path directory : createdDirectories) {
                    if (target.startsWith(directory) && !Files.isDirectory(directory)) {
                        Files.createDirectory(directory);
                    }
                }
                hook.beforeWrite(target);
                if (change instanceof FileChange.Delete) {
                    beforeStep("delete " + change.path());
                    Files.delete(target);
                    continue;
                }
                Path temporary = createTemporary(target, change.content());
                beforeStep("move " + change.path() + " into place");
                moveIntoPlace(temporary, target, change);
            }
            if (journal != null) {
                beforeStep("delete the journal");
                journal.delete();
            }
        } catch (IOException | RuntimeException e) {
            rollBack(root, record, journalWritten);
            String reason = e instanceof IOException io ? IoErrors.describe(io)
                    : e instanceof UncheckedIOException unchecked ? IoErrors.describe(unchecked)
                    : e.getClass().getSimpleName();
            throw new UserError("could not write the project (" + reason + "); every change of this run was "
                    + "rolled back");
        }
    }

    private void rollBack(Path root, Journal.Record record, boolean journalWritten) {
        try {
            Journal.rollBack(root, record);
            if (journalWritten) {
                journal.delete();
            }
        } catch (IOException | RuntimeException e) {
            // Left for the next command: the journal (when there is one) still says what to undo.
        }
    }

    private void beforeStep(String description) {
        step++;
        if (step != pauseBeforeStep) {
            return;
        }
        System.err.println("paused before write step " + step + ": " + description);
        System.err.flush();
        try {
            Thread.sleep(60_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void checkPreconditions(Path root, List<FileChange> changes) {
        for (FileChange change : changes) {
            Path target = root.resolve(change.path());
            if (change instanceof FileChange.Modify modify) {
                requireUnchanged(target, modify.original(), change);
            } else if (change instanceof FileChange.Delete delete) {
                requireUnchanged(target, delete.original(), change);
            } else if (Files.exists(target)) {
                throw new UserError(change.path() + " already exists; nothing was written");
            }
        }
    }

    private static void requireUnchanged(Path target, byte[] original, FileChange change) {
        if (!Files.isRegularFile(target) || !Arrays.equals(read(target), original)) {
            throw new UserError(change.path() + " changed while the command ran; nothing was written");
        }
    }

    /** The directories the plan's files need that do not exist yet, each after its parent. */
    private static List<Path> missingDirectories(Path root, List<FileChange> changes) {
        List<Path> missing = new ArrayList<>();
        for (FileChange change : changes) {
            if (change instanceof FileChange.Delete) {
                continue;
            }
            Deque<Path> chain = new ArrayDeque<>();
            for (Path current = root.resolve(change.path()).getParent();
                    current != null && !Files.exists(current) && !missing.contains(current);
                    current = current.getParent()) {
                chain.push(current);
            }
            missing.addAll(chain);
        }
        return missing;
    }

    private static void moveIntoPlace(Path temporary, Path target, FileChange change) throws IOException {
        boolean moved = false;
        try {
            // A new file gets the mode the plan gives it; a changed one keeps the mode it has.
            if (change instanceof FileChange.Create create) {
                setPermissions(temporary, create.mode().permissions());
            } else {
                Set<PosixFilePermission> current = permissions(target);
                if (current != null) {
                    setPermissions(temporary, current);
                }
            }
            move(temporary, target);
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    /** Gives {@code target} the content {@code content} in one step, with {@code permissions} when not null. */
    static void replace(Path target, byte[] content, Set<PosixFilePermission> permissions) throws IOException {
        Path temporary = createTemporary(target, content);
        boolean moved = false;
        try {
            if (permissions != null) {
                setPermissions(temporary, permissions);
            }
            move(temporary, target);
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    private static void move(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Writes {@code content} to a new hidden sibling of {@code target}, named so that a rollback can find it
     * ({@code .<name>.cleanarch-<digits>.tmp}). Not {@code Files.createTempFile}: its name comes from a
     * {@code SecureRandom}, whose set-up cost more than writing every file of a run. A name need not be unguessable
     * here: the file is created only if no file (or link) of that name exists.
     */
    private static Path createTemporary(Path target, byte[] content) throws IOException {
        for (int attempt = 1; ; attempt++) {
            Path temporary = target.resolveSibling("." + target.getFileName() + ".cleanarch-"
                    + Long.toUnsignedString(ThreadLocalRandom.current().nextLong()) + ".tmp");
            FileChannel channel;
            try {
                channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException e) {
                if (attempt == 10) {
                    throw e;
                }
                continue;
            }
            try (channel) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            } catch (IOException e) {
                Files.deleteIfExists(temporary);
                throw e;
            }
            return temporary;
        }
    }

    private static Set<PosixFilePermission> permissions(Path file) throws IOException {
        try {
            return Files.getPosixFilePermissions(file);
        } catch (UnsupportedOperationException e) {
            return null;
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

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
