package dev.retort.runtime.db;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Connections from an application's {@link DataSource}, as the pool hands them out: a run sets auto-commit
 * itself and puts it (and every setting it changes) back before returning the connection.
 */
public final class DataSourceConnector implements Connector {
    private final DataSource dataSource;

    public DataSourceConnector(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Connection open() {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw JdbcConnector.unreachable(display(), e, null);
        }
    }

    @Override
    public String display() {
        return "the application's DataSource (" + dataSource.getClass().getSimpleName() + ")";
    }
}
