package dev.retort.errors;

/**
 * What kind of failure stopped a command. Each kind has a stable process exit code, documented in
 * {@code docs/exit-codes.md}; keep the two in step.
 */
public enum ErrorKind {
    /** The database differs from the migrations ({@code check}); reserved. */
    DRIFT(1),
    /** Wrong command-line usage: unknown option, missing argument, refused without {@code --yes}. */
    USAGE(2),
    /** Settings: unreadable config file, malformed database URL, bad option value. */
    CONFIG(3),
    /** The database server cannot be reached or refuses the login. */
    DATABASE_UNREACHABLE(4),
    /** A migration source does not compile, or a class is not a proper migration. */
    MIGRATION_SOURCE(5),
    /** The revision graph is broken: cycle, missing parent, duplicate id, duplicate label. */
    REVISION_GRAPH(6),
    /** A revision spec names nothing, several things, or something out of reach. */
    TARGET(7),
    /** An applied migration was edited or deleted, or the version table names unknown revisions. */
    VALIDATION(8),
    /** A migration (or a version-table write) failed on the database; its transaction was rolled back. */
    MIGRATION_FAILED(9),
    /** Another process held the migration lock past the lock timeout. */
    LOCK_TIMEOUT(10),
    /** A file could not be read or written. */
    IO(11),
    /**
     * The entities cannot be read: no entities configured, a source that does not compile, a mapping
     * Hibernate rejects, or a schema PostgreSQL refuses.
     */
    ENTITIES(12),
    /** The migrations have several heads: merge them before autogenerating or checking. */
    MULTIPLE_HEADS(13),
    /** The database is not at the migrations' head: upgrade it before autogenerating or checking. */
    NOT_AT_HEAD(14),
    /** {@code check --ci}: a migration's downgrade does not restore the schema it started from. */
    STAIRWAY(15),
    /**
     * The database refused a statement for want of a privilege (SQLSTATE 42501), or because the session or
     * server is read-only (25006): the message names the object, the statement and the GRANT that fixes it.
     */
    PRIVILEGE(16),
    /**
     * The entities use a type, function, operator class or index method of a PostgreSQL extension that the
     * database does not have (or has in a schema outside the search path); the message names the extension
     * and the {@code CREATE EXTENSION} that installs it.
     */
    MISSING_EXTENSION(17),
    /**
     * The scratch database, where Retort puts the desired schema into PostgreSQL's words, is unavailable: the
     * {@code scratch.url} server cannot be reached or cannot create a database, or it lacks an extension the
     * target has.
     */
    SCRATCH(18),
    /** A bug in Retort. */
    INTERNAL(70);

    private final int exitCode;

    ErrorKind(int exitCode) {
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
