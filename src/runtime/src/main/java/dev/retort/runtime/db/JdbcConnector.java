package dev.retort.runtime.db;

import dev.retort.config.DatabaseUrl;
import dev.retort.config.Secrets;
import dev.retort.errors.ErrorKind;
import dev.retort.errors.RetortException;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

/** Connections from a {@link DatabaseUrl} through the JDBC driver. */
public final class JdbcConnector implements Connector {
    public static final String APPLICATION_NAME = "retort";
    private final DatabaseUrl url;

    public JdbcConnector(DatabaseUrl url) {
        this.url = url;
    }

    @Override
    public Connection open() {
        try {
            return DriverManager.getConnection(url.jdbcUrl(), url.driverProperties(APPLICATION_NAME));
        } catch (SQLException e) {
            throw unreachable(display(), e, url.password());
        }
    }

    @Override
    public String display() {
        return url.display();
    }

    public static RetortException unreachable(String display, SQLException e, String password) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String hint = state.startsWith("28") ? "check user and password"
                : state.equals("3D000") ? "create the database first"
                : "check that the server runs and the URL's host and port are right";
        return new RetortException(ErrorKind.DATABASE_UNREACHABLE,
                "cannot connect to " + display + ": " + Secrets.redactText(e.getMessage()) + " (" + hint + ")",
                null, List.of(), display, null);
    }
}
