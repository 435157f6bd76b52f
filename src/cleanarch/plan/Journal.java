package cleanarch.plan;

import cleanarch.UserError;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rollback journal of a plan being written, kept in {@code .cleanarch/journal} as SQLite keeps its rollback
 * journal: before the first file of a plan is written, the journal records every file the plan creates, the old
 * content of every file it changes and every directory it creates, and is forced to disk. When the last file is
 * written, the journal is deleted: that deletion is the moment the change is made. A journal found by a later
 * command is the trace of a run that was killed (or lost its machine) half-way, and that command first rolls
 * the project back to how it was before that run.
 *
 * <p>Rolled back, not forward: the journal then needs no new contents (only the few files a command changes, not
 * the many it creates), the user reruns the command they meant, against a project exactly as it was, and a run
 * the user stopped on purpose is not finished behind their back; Flyway undoes a failed migration in the same way
 * where the database can (a transaction), and Terraform never replays a half-applied plan.
 */
public final class Journal {

    static final String FILE_NAME = "journal";
    private static final int FORMAT = 1;
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    /** A temporary file of {@link PlanApplier}: {@code .<name>.cleanarch-<digits>.tmp} beside the file it becomes. */
    private static final Pattern TEMPORARY = Pattern.compile("\\..+\\.cleanarch-\\d+\\.tmp");

    /**
     * One file of the plan.
     *
     * @param path     relative to the project, with {@code /} separators
     * @param original the file's old content in Base64; null for a file the plan creates
     * @param mode     the old file's permissions ({@code rw-r--r--}); null for a created file or no POSIX modes
     */
    record Entry(String path, String original, String mode) {
    }

    /** What the journal file holds: the command that wrote it, and how to undo it. */
    record Record(int format, String command, long pid, List<String> createdDirectories, List<Entry> files) {
    }

    private final Path file;
    private final String command;

    private Journal(Path file, String command) {
        this.file = file;
        this.command = command;
    }

    /** The journal of a plan applied by {@code command}, in the lock's directory. */
    public static Journal in(ProjectLock lock, String command) {
        return new Journal(lock.directory().resolve(FILE_NAME), command);
    }

    static Record record(Path root, String command, List<FileChange> changes, List<Path> createdDirectories) {
        List<Entry> files = new ArrayList<>();
        for (FileChange change : changes) {
            String path = relative(change.path());
            if (change instanceof FileChange.Modify modify) {
                files.add(new Entry(path, Base64.getEncoder().encodeToString(modify.original()),
                        mode(root.resolve(change.path()))));
            } else if (change instanceof FileChange.Delete delete) {
                // Put back like a changed file: rollback restores a file whose content differs or that is gone.
                files.add(new Entry(path, Base64.getEncoder().encodeToString(delete.original()),
                        mode(root.resolve(change.path()))));
            } else {
                files.add(new Entry(path, null, null));
            }
        }
        List<String> directories = createdDirectories.stream().map(root::relativize).map(Journal::relative).toList();
        return new Record(FORMAT, command, ProcessHandle.current().pid(), directories, files);
    }

    String command() {
        return command;
    }

    /** Writes the record and forces it, and the directory entry naming it, to disk. */
    void write(Record record) throws IOException {
        Path temporary = file.resolveSibling(FILE_NAME + ".tmp");
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            channel.write(ByteBuffer.wrap(GSON.toJson(record).getBytes(StandardCharsets.UTF_8)));
            channel.force(true);
        }
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        forceDirectory(file.getParent());
    }

    /** Deletes the journal: the change is made. */
    void delete() throws IOException {
        Files.deleteIfExists(file);
        forceDirectory(file.getParent());
    }

    /**
     * Rolls back the run recorded by a journal left in the lock's directory, if there is one.
     *
     * @return the line that says so, for stderr
     */
    public static Optional<String> recover(Path root, ProjectLock lock) {
        if (!lock.isHeld()) {
            return Optional.empty();
        }
        Path file = lock.directory().resolve(FILE_NAME);
        Path temporary = file.resolveSibling(FILE_NAME + ".tmp");
        try {
            // A journal that was still being written: the run had written nothing else yet.
            Files.deleteIfExists(temporary);
            if (!Files.exists(file)) {
                return Optional.empty();
            }
            Record record = read(root, file);
            int rolledBack = rollBack(root, record);
            Files.delete(file);
            forceDirectory(file.getParent());
            return Optional.of("recovered from an interrupted run of " + record.command() + " (pid " + record.pid()
                    + "): rolled back " + rolledBack + " file(s)");
        } catch (IOException e) {
            throw new UserError("cannot roll back the interrupted run recorded in " + file + " ("
                    + IoErrors.describe(e) + "); nothing else was done");
        }
    }

    private static Record read(Path root, Path file) throws IOException {
        Record record;
        try {
            record = GSON.fromJson(Files.readString(file, StandardCharsets.UTF_8), Record.class);
        } catch (JsonParseException | IOException e) {
            record = null;
        }
        if (record == null || !isValid(root, record)) {
            throw new UserError(file + " is damaged, so the interrupted run it records cannot be rolled back; "
                    + "nothing was changed: check the project (git status), then delete that file");
        }
        return record;
    }

    private static boolean isValid(Path root, Record record) {
        if (record.format() != FORMAT || record.command() == null || record.files() == null
                || record.createdDirectories() == null) {
            return false;
        }
        for (String directory : record.createdDirectories()) {
            if (!isInside(root, directory)) {
                return false;
            }
        }
        for (Entry entry : record.files()) {
            if (entry == null || !isInside(root, entry.path())) {
                return false;
            }
            try {
                if (entry.original() != null) {
                    Base64.getDecoder().decode(entry.original());
                }
                if (entry.mode() != null) {
                    PosixFilePermissions.fromString(entry.mode());
                }
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
        return true;
    }

    private static boolean isInside(Path root, String path) {
        if (path == null || path.isEmpty()) {
            return false;
        }
        Path resolved = root.resolve(path).normalize();
        return !Path.of(path).isAbsolute() && resolved.startsWith(root) && !resolved.equals(root);
    }

    /**
     * Puts every file of the record back as it was: created files deleted, changed files given their old content,
     * temporary files of the run deleted, and the directories it created removed. Idempotent, so that a rollback
     * that is itself killed is simply done again.
     *
     * @return how many files were deleted or restored
     */
    static int rollBack(Path root, Record record) throws IOException {
        int count = 0;
        Set<Path> parents = new LinkedHashSet<>();
        for (Entry entry : record.files()) {
            Path target = root.resolve(entry.path());
            parents.add(target.getParent());
            if (entry.original() == null) {
                if (Files.deleteIfExists(target)) {
                    count++;
                }
            } else {
                byte[] original = Base64.getDecoder().decode(entry.original());
                if (!Files.isRegularFile(target) || !Arrays.equals(Files.readAllBytes(target), original)) {
                    Set<PosixFilePermission> mode = entry.mode() == null ? null
                            : PosixFilePermissions.fromString(entry.mode());
                    PlanApplier.replace(target, original, mode);
                    count++;
                }
            }
        }
        for (Path parent : parents) {
            deleteTemporaryFiles(parent);
        }
        List<String> directories = new ArrayList<>(record.createdDirectories());
        // Created parent first, so the deepest comes last: remove in reverse.
        for (int i = directories.size() - 1; i >= 0; i--) {
            Path directory = root.resolve(directories.get(i));
            if (Files.isDirectory(directory)) {
                deleteTemporaryFiles(directory);
                try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
                    if (entries.iterator().hasNext()) {
                        continue;
                    }
                }
                Files.delete(directory);
            }
        }
        return count;
    }

    private static void deleteTemporaryFiles(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory,
                entry -> TEMPORARY.matcher(entry.getFileName().toString()).matches())) {
            for (Path entry : entries) {
                Files.deleteIfExists(entry);
            }
        }
    }

    static void forceDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Not every system can open a directory (Windows): there, the file system orders its own entries.
        }
    }

    private static String mode(Path file) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
        } catch (UnsupportedOperationException | IOException e) {
            return null;
        }
    }

    private static String relative(Path path) {
        return path.toString().replace('\\', '/');
    }
}
