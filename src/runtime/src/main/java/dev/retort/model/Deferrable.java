package dev.retort.model;

/**
 * When PostgreSQL checks a primary key, unique constraint or foreign key ({@code pg_constraint.condeferrable},
 * {@code condeferred}): after each statement ({@link #NOT_DEFERRABLE}, the default), or, for a deferrable
 * constraint, at the end of the statement unless {@code SET CONSTRAINTS ... DEFERRED}
 * ({@link #INITIALLY_IMMEDIATE}) or at commit ({@link #INITIALLY_DEFERRED}).
 */
public enum Deferrable {
    NOT_DEFERRABLE(""),
    INITIALLY_IMMEDIATE("DEFERRABLE"),
    INITIALLY_DEFERRED("DEFERRABLE INITIALLY DEFERRED");

    private final String sql;

    Deferrable(String sql) {
        this.sql = sql;
    }

    /** The constraint attributes as SQL, empty for {@link #NOT_DEFERRABLE}. */
    public String sql() {
        return sql;
    }

    public boolean deferrable() {
        return this != NOT_DEFERRABLE;
    }

    /** From {@code pg_constraint.condeferrable} and {@code condeferred}. */
    public static Deferrable of(boolean deferrable, boolean initiallyDeferred) {
        return !deferrable ? NOT_DEFERRABLE : initiallyDeferred ? INITIALLY_DEFERRED : INITIALLY_IMMEDIATE;
    }
}
