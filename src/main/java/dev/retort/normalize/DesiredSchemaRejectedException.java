package dev.retort.normalize;

/**
 * PostgreSQL refused the schema the entities describe, so no migration could reach it. Carries the
 * statement and the database's message.
 */
public final class DesiredSchemaRejectedException extends RuntimeException {
    private final String statement;

    public DesiredSchemaRejectedException(String statement, String databaseMessage, Throwable cause) {
        super("PostgreSQL refuses the schema the entities describe: " + databaseMessage
                + "\n  statement: " + statement
                + "\n  Fix the mapping (for example a @Check expression or a @ColumnDefault) and run again.", cause);
        this.statement = statement;
    }

    public String statement() {
        return statement;
    }
}
