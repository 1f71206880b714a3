package dev.retort.runtime.exec;

import dev.retort.dialect.Dialect;
import dev.retort.ops.MigrationOp;
import dev.retort.ops.RunJdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;

/**
 * Runs operations on a connection, in order: each operation's statements from the dialect, or its
 * JDBC work. It leaves transactions to the caller.
 */
public final class OpExecutor {
    private final Dialect dialect;

    public OpExecutor(Dialect dialect) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
    }

    /** @throws OperationFailedException naming the first operation that failed and its statement */
    public void execute(Connection connection, List<? extends MigrationOp> ops) {
        for (MigrationOp op : ops) {
            execute(connection, op);
        }
    }

    /** @throws OperationFailedException naming the operation and the statement that failed */
    public void execute(Connection connection, MigrationOp op) {
        if (op instanceof RunJdbc jdbc) {
            try {
                jdbc.work().run(connection);
            } catch (SQLException | RuntimeException e) {
                throw new OperationFailedException(op, null, e);
            }
            return;
        }
        for (String sql : dialect.toSql(op)) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw new OperationFailedException(op, sql, e);
            }
        }
    }
}
