package dev.retort.scratch;

import dev.retort.config.DatabaseUrl;
import dev.retort.config.Secrets;
import dev.retort.runtime.db.JdbcConnector;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** The server {@code scratch.url} (or {@code RETORT_SCRATCH_URL}) names; its URL's database is the maintenance one. */
public final class UrlScratchServer implements ScratchServer {
    private final DatabaseUrl url;

    public UrlScratchServer(DatabaseUrl url) {
        this.url = url;
    }

    @Override
    public Connection connect(String database) {
        String jdbc = database == null ? url.jdbcUrl() : DatabaseUrl.withDatabase(url.jdbcUrl(), database);
        try {
            return DriverManager.getConnection(jdbc, url.driverProperties(JdbcConnector.APPLICATION_NAME));
        } catch (SQLException e) {
            throw ScratchFailure.of(this, "cannot connect"
                    + (database == null ? "" : " to database " + database) + ": "
                    + Secrets.redactText(e.getMessage()), null);
        }
    }

    @Override
    public String display() {
        return "scratch server " + url.display();
    }

    @Override
    public String setting() {
        return "chosen by scratch.url / RETORT_SCRATCH_URL";
    }
}
