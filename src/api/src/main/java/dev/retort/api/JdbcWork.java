package dev.retort.api;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Java code a data migration runs on the migration's own connection, inside its transaction:
 * {@code op.jdbc("seed countries", connection -> { ... })}.
 */
@FunctionalInterface
public interface JdbcWork {
    void run(Connection connection) throws SQLException;
}
