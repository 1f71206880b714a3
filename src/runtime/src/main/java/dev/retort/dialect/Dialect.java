package dev.retort.dialect;

import dev.retort.ops.MigrationOp;

import java.util.List;

/**
 * One database's SQL and behaviour. Implementations are found with {@link java.util.ServiceLoader}
 * ({@link Dialects}); callers ask capabilities ({@link #transactionalDdl()}, ...) rather than testing types.
 */
public interface Dialect {

    /** A short lower-case name, e.g. {@code postgresql}. */
    String name();

    /** Whether this dialect serves a JDBC URL such as {@code jdbc:postgresql://...}. */
    boolean accepts(String jdbcUrl);

    /** Whether DDL takes part in transactions, so a failed migration leaves no partial schema. */
    boolean transactionalDdl();

    /**
     * Whether an enum value added in a transaction can be used (in a default, a check, a row) before that
     * transaction commits. PostgreSQL refuses ("unsafe use of new value"); autogenerate then puts the new values
     * in a revision of their own.
     */
    default boolean enumValueUsableBeforeCommit() {
        return true;
    }

    /** The SQL statements for one operation, the same online and offline. */
    List<String> toSql(MigrationOp op);

    /** An identifier as it must appear in SQL. */
    String quote(String identifier);
}
