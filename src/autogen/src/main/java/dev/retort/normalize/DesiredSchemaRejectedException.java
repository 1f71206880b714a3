package dev.retort.normalize;

/**
 * PostgreSQL refused the schema the entities describe, so no migration could reach it. Carries the
 * statement and the database's message.
 */
public final class DesiredSchemaRejectedException extends RuntimeException {
    private final String statement;
    private final String databaseMessage;
    private final String sqlState;

    public DesiredSchemaRejectedException(String statement, String databaseMessage, Throwable cause) {
        this(statement, databaseMessage, null, cause);
    }

    public DesiredSchemaRejectedException(String statement, String databaseMessage, String sqlState, Throwable cause) {
        super("PostgreSQL refuses the schema the entities describe: " + databaseMessage
                + "\n  statement: " + statement
                + "\n  Fix the mapping (for example a @Check expression or a @ColumnDefault) and run again.", cause);
        this.statement = statement;
        this.databaseMessage = databaseMessage;
        this.sqlState = sqlState;
    }

    public String statement() {
        return statement;
    }

    /** What PostgreSQL said, e.g. {@code ERROR: type "citext" does not exist}. */
    public String databaseMessage() {
        return databaseMessage;
    }

    /** PostgreSQL's SQLSTATE, e.g. {@code 42704} (undefined object), or null. */
    public String sqlState() {
        return sqlState;
    }
}
