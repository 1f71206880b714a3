package dev.retort.errors;

import java.sql.SQLException;

/**
 * A database error with the statement that caused it, so the message can name the statement. Keeps the original
 * SQLSTATE and message.
 */
public final class FailedStatement extends SQLException {
    private final String statement;

    public FailedStatement(String statement, SQLException cause) {
        super(cause.getMessage(), cause.getSQLState(), cause.getErrorCode(), cause);
        this.statement = statement;
    }

    public String statement() {
        return statement;
    }

    /** The statement of the first {@link FailedStatement} in {@code e}'s causes, or null. */
    public static String statementOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof FailedStatement f) {
                return f.statement;
            }
        }
        return null;
    }
}
