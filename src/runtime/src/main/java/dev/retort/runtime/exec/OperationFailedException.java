package dev.retort.runtime.exec;

import dev.retort.ops.MigrationOp;

/** An operation failed on the database; it names the operation and the statement that failed. */
public final class OperationFailedException extends RuntimeException {
    private final transient MigrationOp operation;
    private final String sql;

    public OperationFailedException(MigrationOp operation, String sql, Throwable cause) {
        super("failed to " + operation.describe() + (sql == null ? "" : "\n  statement: " + sql)
                + "\n  cause: " + cause.getMessage(), cause);
        this.operation = operation;
        this.sql = sql;
    }

    public MigrationOp operation() {
        return operation;
    }

    /** The failing statement, or null when the operation's JDBC work failed. */
    public String sql() {
        return sql;
    }
}
