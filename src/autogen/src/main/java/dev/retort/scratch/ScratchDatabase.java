package dev.retort.scratch;

import dev.retort.dialect.postgres.PgIdentifiers;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;

/**
 * A database of Retort's own on a {@link ScratchServer}: created empty from {@code template0}, given the
 * target's extensions, dropped on close. The desired schema is put into PostgreSQL's words here, never on the
 * target.
 */
public final class ScratchDatabase implements AutoCloseable {
    /** The prefix of every scratch database's name; on the embedded server, leftovers of killed runs are dropped. */
    public static final String PREFIX = "retort_scratch_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ScratchServer server;
    private final String name;
    private final Connection connection;

    private ScratchDatabase(ScratchServer server, String name, Connection connection) {
        this.server = server;
        this.name = name;
        this.connection = connection;
    }

    /** Creates a scratch database on {@code server} with {@code extensions} created in their schemas. */
    public static ScratchDatabase create(ScratchServer server, List<InstalledExtension> extensions) {
        byte[] b = new byte[6];
        RANDOM.nextBytes(b);
        String name = PREFIX + HexFormat.of().formatHex(b);
        try (Connection admin = server.connect(null); Statement s = admin.createStatement()) {
            String tablespace = server.tablespace(admin);
            s.execute("CREATE DATABASE " + name + " TEMPLATE template0"
                    + (tablespace == null ? "" : " TABLESPACE " + PgIdentifiers.quote(tablespace)));
        } catch (SQLException e) {
            throw ScratchFailure.of(server, "cannot create database " + name + ": " + e.getMessage()
                    + ("42501".equals(e.getSQLState()) ? " (the role needs CREATEDB there)" : ""), e);
        }
        Connection c;
        try {
            c = server.connect(name);
        } catch (RuntimeException e) {
            drop(server, name);
            throw e;
        }
        ScratchDatabase db = new ScratchDatabase(server, name, c);
        try {
            db.createExtensions(extensions);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return db;
    }

    private void createExtensions(List<InstalledExtension> extensions) {
        for (InstalledExtension e : extensions) {
            try (Statement s = connection.createStatement()) {
                s.execute("CREATE SCHEMA IF NOT EXISTS " + PgIdentifiers.quote(e.schema()));
                s.execute("CREATE EXTENSION IF NOT EXISTS " + PgIdentifiers.quote(e.name()) + " WITH SCHEMA "
                        + PgIdentifiers.quote(e.schema()) + " CASCADE");
            } catch (SQLException ex) {
                throw new dev.retort.errors.RetortException(dev.retort.errors.ErrorKind.SCRATCH,
                        "the target database has extension " + e + ", which the scratch database on "
                                + server.display() + " (" + server.setting() + ") cannot create: " + ex.getMessage()
                                + ". Install the extension's package on that server, or set scratch.url "
                                + "(RETORT_SCRATCH_URL) to a PostgreSQL server that has " + e.name()
                                + " available, e.g. a CI service container from the same image as the target; "
                                + "see docs/configuration.md#scratch-database",
                        null, List.of(), e.name(), ex);
            }
        }
    }

    /** The connection to the scratch database, in auto-commit mode; closed with this. */
    public Connection connection() {
        return connection;
    }

    /** Another session to this database, in auto-commit mode, for the caller to close. */
    public Connection newSession() {
        return server.connect(name);
    }

    public String name() {
        return name;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // dropping ends the session anyway
        }
        drop(server, name);
    }

    private static void drop(ScratchServer server, String name) {
        try (Connection admin = server.connect(null); Statement s = admin.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
        } catch (SQLException | RuntimeException ignored) {
            // a scratch database left behind holds no data of the user's; the embedded server drops leftovers
        }
    }

    /** Drops scratch databases left by killed runs; only for a server no other process uses (the embedded one). */
    public static void dropLeftovers(ScratchServer server) {
        try (Connection admin = server.connect(null); Statement s = admin.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT datname FROM pg_catalog.pg_database WHERE datname LIKE '"
                     + PREFIX + "%'")) {
            List<String> names = new java.util.ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString(1));
            }
            for (String n : names) {
                s.execute("DROP DATABASE IF EXISTS " + PgIdentifiers.quote(n));
            }
        } catch (SQLException | RuntimeException ignored) {
            // leftovers cost disk space only
        }
    }
}
