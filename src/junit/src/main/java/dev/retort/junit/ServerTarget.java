package dev.retort.junit;

import dev.retort.config.DatabaseUrl;
import dev.retort.config.Secrets;
import dev.retort.errors.ErrorKind;
import dev.retort.errors.RetortException;
import dev.retort.runtime.db.Connector;
import dev.retort.runtime.db.JdbcConnector;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/** A database of the test class's own on a server: created at the start, dropped at the end. */
final class ServerTarget implements TestTarget {
    /** What every database the extension creates is called at first, so that a left-over one is recognised. */
    static final String PREFIX = "retort_test_";

    /** The maintenance database's URL as given, credentials in its query string included. */
    private final String adminUrl;
    private final DatabaseUrl admin;
    private final String name;
    private final String jdbcUrl;

    private ServerTarget(String adminUrl, String name) {
        this.adminUrl = adminUrl;
        this.admin = DatabaseUrl.parse(adminUrl, null, null);
        this.name = name;
        this.jdbcUrl = DatabaseUrl.withDatabase(adminUrl, name);
    }

    /** Creates {@code retort_test_<purpose>_<random>} on the server of {@code adminUrl}, a maintenance database. */
    static ServerTarget create(String adminUrl, String purpose) {
        String name = (PREFIX + purpose.replaceAll("[^A-Za-z0-9]", "_") + "_"
                + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
        if (name.length() > 60) {
            name = name.substring(0, 51) + name.substring(name.length() - 9);
        }
        ServerTarget t = new ServerTarget(adminUrl, name);
        t.admin("CREATE DATABASE " + name);
        return t;
    }

    String name() {
        return name;
    }

    @Override
    public Connector connector() {
        return new JdbcConnector(DatabaseUrl.parse(jdbcUrl, null, null));
    }

    @Override
    public String jdbcUrl() {
        return jdbcUrl;
    }

    @Override
    public String scratchUrl() {
        return adminUrl;
    }

    @Override
    public boolean recreatable() {
        return true;
    }

    @Override
    public void recreate() {
        admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        admin("CREATE DATABASE " + name);
    }

    @Override
    public void close() {
        admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private void admin(String sql) {
        try (Connection c = DriverManager.getConnection(admin.jdbcUrl(),
                admin.driverProperties(JdbcConnector.APPLICATION_NAME)); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new RetortException(ErrorKind.DATABASE_UNREACHABLE, "the test database " + name + ": " + sql
                    + " failed on " + admin.display() + ": " + Secrets.redactText(e.getMessage())
                    + " (the server of " + RetortExtension.SERVER + " needs a user that may create databases)", e);
        }
    }
}
