package dev.retort.errors;

import java.nio.file.Path;
import java.util.List;

/**
 * A failure a user can act on: its {@link ErrorKind}, a message that names the offender and the fix, and
 * the offending file, revision ids and database object as data.
 */
public class RetortException extends RuntimeException {
    private final ErrorKind kind;
    private final Path file;
    private final List<String> revisions;
    private final String object;

    public RetortException(ErrorKind kind, String message) {
        this(kind, message, null, List.of(), null, null);
    }

    public RetortException(ErrorKind kind, String message, Throwable cause) {
        this(kind, message, null, List.of(), null, cause);
    }

    public RetortException(ErrorKind kind, String message, Path file, List<String> revisions, String object,
                           Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.file = file;
        this.revisions = revisions == null ? List.of() : List.copyOf(revisions);
        this.object = object;
    }

    public static RetortException of(ErrorKind kind, String message, Path file, String... revisions) {
        return new RetortException(kind, message, file, List.of(revisions), null, null);
    }

    public ErrorKind kind() {
        return kind;
    }

    /** The file at fault, or null. */
    public Path file() {
        return file;
    }

    /** The revision ids at fault; may be empty. */
    public List<String> revisions() {
        return revisions;
    }

    /** The database object at fault (table, lock, URL...), or null. */
    public String object() {
        return object;
    }
}
