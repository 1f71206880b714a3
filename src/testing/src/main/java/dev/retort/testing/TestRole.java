package dev.retort.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * A real login role on the test server, uniquely named, with a password (so it works under trust and password
 * authentication alike). Closing it removes what it owns or was granted in {@code database} and drops it.
 */
public record TestRole(String name, String password, TestDatabase database) implements AutoCloseable {

    /** Creates {@code rt_<purpose>_<random>} with LOGIN and nothing else. */
    public static TestRole create(String purpose, TestDatabase database) {
        String name = ("rt_" + purpose + "_" + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
        String password = "pw-" + UUID.randomUUID().toString().substring(0, 12);
        database.execute("CREATE ROLE " + name + " LOGIN PASSWORD '" + password + "'");
        return new TestRole(name, password, database);
    }

    /** The target's JDBC URL, logging in as this role. */
    public String jdbcUrl() {
        String url = database.jdbcUrl().replaceAll("([?&])(user|password)=[^&]*&?", "$1");
        url = url.endsWith("?") || url.endsWith("&") ? url : url + (url.contains("?") ? "&" : "?");
        return url + "user=" + name + "&password=" + password;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl());
    }

    @Override
    public void close() {
        try (Connection c = database.connect(); Statement s = c.createStatement()) {
            s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '" + name + "'");
            s.execute("DROP OWNED BY " + name);
            s.execute("DROP ROLE IF EXISTS " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop test role " + name, e);
        }
    }
}
