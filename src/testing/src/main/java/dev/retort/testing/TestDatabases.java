package dev.retort.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * Real PostgreSQL for tests. When {@code RETORT_TEST_DATABASE_URL} is set (CI sets it, e.g.
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}) tests use that server; otherwise one
 * embedded PostgreSQL is started for the whole test JVM. Each test gets a database of its own from
 * {@link #create(String)} and drops it when done.
 */
public final class TestDatabases {
    public static final String ENV = "RETORT_TEST_DATABASE_URL";

    private static String adminUrl;
    private static EmbeddedPostgres embedded;

    private TestDatabases() {
    }

    /** JDBC URL of a maintenance database on the test server (with credentials in the query string). */
    public static synchronized String adminUrl() {
        if (adminUrl == null) {
            String fromEnv = System.getenv(ENV);
            if (fromEnv != null && !fromEnv.isBlank()) {
                adminUrl = fromEnv;
            } else {
                try {
                    embedded = EmbeddedPostgres.builder().start();
                } catch (IOException e) {
                    throw new UncheckedIOException("could not start embedded PostgreSQL for tests", e);
                }
                adminUrl = embedded.getJdbcUrl("postgres", "postgres");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        embedded.close();
                    } catch (IOException ignored) {
                        // the JVM is exiting
                    }
                }));
            }
        }
        return adminUrl;
    }

    /** Creates a fresh, uniquely named database and returns a handle that drops it on close. */
    public static TestDatabase create(String purpose) {
        String name = ("rt_" + purpose.replaceAll("[^A-Za-z0-9]", "_") + "_"
                + UUID.randomUUID().toString().substring(0, 8)).toLowerCase(Locale.ROOT);
        if (name.length() > 60) {
            name = name.substring(0, 51) + name.substring(name.length() - 9);
        }
        try (Connection c = DriverManager.getConnection(adminUrl()); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database " + name + " at " + redact(adminUrl()), e);
        }
        return new TestDatabase(name, withDatabase(adminUrl(), name));
    }

    static void drop(String name) {
        try (Connection c = DriverManager.getConnection(adminUrl()); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop test database " + name, e);
        }
    }

    /** Replaces the database name in a JDBC URL such as {@code jdbc:postgresql://h:p/db?x=y}. */
    public static String withDatabase(String jdbcUrl, String database) {
        int q = jdbcUrl.indexOf('?');
        String base = q < 0 ? jdbcUrl : jdbcUrl.substring(0, q);
        String query = q < 0 ? "" : jdbcUrl.substring(q);
        int slash = base.lastIndexOf('/');
        return base.substring(0, slash + 1) + database + query;
    }

    private static String redact(String url) {
        return url.replaceAll("password=[^&]*", "password=***");
    }
}
