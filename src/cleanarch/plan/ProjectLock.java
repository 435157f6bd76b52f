package cleanarch.plan;

import cleanarch.UserError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps two commands from changing one project at the same time: held from before a command reads the project
 * until after its plan is written, so that a second command plans against the first one's result.
 *
 * <p>The lock is an operating system lock ({@link FileChannel#tryLock}, {@code fcntl} on Linux) on
 * {@value #DIRECTORY}{@code /lock}, the way Terraform locks its local state: the system releases it when its process
 * ends, however it ends, so a lock left by a killed command is simply free, where git's {@code index.lock} (a file
 * created exclusively) stays until someone deletes it by hand. The lock file is kept between commands and only
 * says who holds it: the holder writes its pid and command line into it, and empties it when it is done. A command
 * that finds the lock held waits a few seconds, then refuses with one line naming the holder.
 *
 * <p>An {@code fcntl} lock belongs to the whole process, and closing any descriptor of the file drops it, so
 * threads of one JVM take turns through a table of their own first, and only the holder opens the file.
 */
public final class ProjectLock implements AutoCloseable {

    /** The generator's own directory in a project: the lock and the journal. Git-ignored by its own .gitignore. */
    public static final String DIRECTORY = ".cleanarch";

    /** How long a command waits for another one to finish; a system property only so that tests can shorten it. */
    private static final String TIMEOUT_PROPERTY = "cleanarch.lockTimeoutMillis";
    private static final long DEFAULT_TIMEOUT_MILLIS = 5_000;
    private static final long POLL_MILLIS = 50;

    /** The lock files held by this JVM, with what their holders wrote into them. */
    private static final Map<Path, String> HELD_IN_THIS_JVM = new ConcurrentHashMap<>();

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private ProjectLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock of the project in {@code root}, creating {@value #DIRECTORY} if it is missing. */
    public static ProjectLock acquire(Path root, String command) {
        Path directory = root.resolve(DIRECTORY);
        try {
            if (!Files.isDirectory(directory)) {
                createDirectory(directory);
            }
        } catch (IOException e) {
            throw new UserError("cannot create " + directory + " for the project's lock ("
                    + IoErrors.describe(e) + "); nothing was written");
        }
        return acquire(directory.resolve("lock"), command, timeoutMillis());
    }

    /**
     * Takes the lock of the project in {@code root} if it has a {@value #DIRECTORY} directory, and creates nothing
     * (a project made before there was a lock has none, and a dry run must leave it as it is); else returns a lock
     * that holds nothing.
     */
    public static ProjectLock acquireIfPresent(Path root, String command) {
        if (!Files.isDirectory(root.resolve(DIRECTORY))) {
            return new ProjectLock(null, null, null);
        }
        return acquire(root, command);
    }

    /** Whether this lock holds anything: false for {@link #acquireIfPresent} in a project without the directory. */
    public boolean isHeld() {
        return lock != null;
    }

    /** The directory with a {@code .gitignore} that ignores it whole, as pytest and mypy do for their caches. */
    private static void createDirectory(Path directory) throws IOException {
        try {
            Files.createDirectory(directory);
        } catch (FileAlreadyExistsException e) {
            if (Files.isDirectory(directory)) {
                return;
            }
            throw e;
        }
        Files.writeString(directory.resolve(".gitignore"), "# cleanarch's lock and journal: never committed\n*\n");
    }

    private static ProjectLock acquire(Path file, String command, long timeoutMillis) {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
        String owner = "pid " + ProcessHandle.current().pid() + ": " + command;
        Path key = file.toAbsolutePath().normalize();
        while (true) {
            String holder = HELD_IN_THIS_JVM.putIfAbsent(key, owner);
            if (holder == null) {
                Optional<ProjectLock> taken = Optional.empty();
                try {
                    taken = tryLock(file, owner);
                    if (taken.isPresent()) {
                        return taken.get();
                    }
                    holder = readHolder(file);
                } catch (IOException e) {
                    throw new UserError("cannot lock " + file + " (" + IoErrors.describe(e) + "); nothing was "
                            + "written");
                } finally {
                    if (taken.isEmpty()) {
                        HELD_IN_THIS_JVM.remove(key);
                    }
                }
            }
            if (System.nanoTime() > deadline) {
                throw new UserError("another cleanarch command is changing this project (" + holder
                        + ") and has not finished after " + timeoutMillis / 1000.0 + " s; nothing was written");
            }
            sleep();
        }
    }

    /**
     * One attempt: the lock and the file's holder line, or nothing when another process holds it. The file is
     * checked to be the same before and after locking: a lock on a file that was deleted and created again (a
     * failed {@code init} removes the directory it made) would be a lock on nothing.
     */
    private static Optional<ProjectLock> tryLock(Path file, String owner) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        try {
            Object opened = fileKey(file);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null || opened == null || !opened.equals(fileKey(file))) {
                if (lock != null) {
                    lock.release();
                }
                channel.close();
                return Optional.empty();
            }
            // Whatever is in the file is from a command that ended without emptying it (killed): taken over.
            String line = owner + ", since " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\n";
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8)), 0);
            return Optional.of(new ProjectLock(file, channel, lock));
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private static Object fileKey(Path file) throws IOException {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return Objects.requireNonNullElse(attributes.fileKey(), file);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /** What the holder wrote: one line, or a placeholder when it wrote nothing readable. */
    private static String readHolder(Path file) {
        try {
            String content = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (content.isEmpty() || content.contains("\n") || content.length() > 300) {
                return "a process that did not say which";
            }
            return content.chars().allMatch(c -> c >= ' ') ? content : "a process that did not say which";
        } catch (IOException | UncheckedIOException e) {
            return "a process that did not say which";
        }
    }

    private static long timeoutMillis() {
        return Long.getLong(TIMEOUT_PROPERTY, DEFAULT_TIMEOUT_MILLIS);
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserError("interrupted while waiting for another cleanarch command; nothing was written");
        }
    }

    /** The directory that holds the lock, for the journal. */
    public Path directory() {
        return file.getParent();
    }

    /** Empties the lock file and releases the lock. */
    @Override
    public void close() {
        if (lock == null) {
            return;
        }
        try {
            channel.truncate(0);
        } catch (IOException e) {
            // The lock is free once released: what the file says does not matter then.
        }
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // Closing the channel releases the lock; the process's end would too.
        } finally {
            HELD_IN_THIS_JVM.remove(file.toAbsolutePath().normalize());
        }
    }
}
