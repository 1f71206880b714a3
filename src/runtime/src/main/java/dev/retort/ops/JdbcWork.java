package dev.retort.ops;

import java.sql.Connection;
import java.sql.SQLException;

/** Java code a data migration runs on the migration's own connection and transaction. */
@FunctionalInterface
public interface JdbcWork {
    void run(Connection connection) throws SQLException;
}
