package cleanarch.plan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Says what went wrong with a file in a few words of our own: never a library's message or a stack trace. */
public final class IoErrors {

    private IoErrors() {
    }

    public static String describe(UncheckedIOException e) {
        return describe(e.getCause());
    }

    /** {@code <file>: <reason>} where the exception names a file, else the reason alone. */
    public static String describe(IOException e) {
        String reason = reason(e);
        if (e instanceof FileSystemException fileSystem && fileSystem.getFile() != null) {
            return fileSystem.getFile() + ": " + reason;
        }
        return reason;
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "already exists";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "directory not empty";
        }
        if (e instanceof CharacterCodingException) {
            return "not UTF-8 text";
        }
        if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            // The operating system's own words ("Read-only file system", "No space left on device").
            return firstLine(fileSystem.getReason());
        }
        return "input/output error (" + e.getClass().getSimpleName() + ")";
    }

    private static String firstLine(String text) {
        return text.lines().findFirst().orElse("").strip();
    }
}
