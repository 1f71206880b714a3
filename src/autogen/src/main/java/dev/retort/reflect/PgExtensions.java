package dev.retort.reflect;

import dev.retort.dialect.postgres.PgIdentifiers;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The extensions of one database: those installed ({@code pg_extension}, with version and schema) and those the
 * server could install ({@code pg_available_extensions}, read from the server's extension control files).
 * Types, functions and operator classes an extension installs are not the project's own: they come with the
 * extension, and a database that lacks it needs {@code CREATE EXTENSION}, not a migration of the objects.
 */
public final class PgExtensions {
    private PgExtensions() {
    }

    /**
     * An installed extension.
     *
     * @param name    e.g. {@code citext}, {@code uuid-ossp}
     * @param version the installed version, e.g. {@code 1.6}
     * @param schema  the schema its objects live in, e.g. {@code public} or {@code extensions}
     */
    public record Installed(String name, String version, String schema) {
        /** The statement that installs this extension, this version, in this schema (which must exist). */
        public String createSql() {
            return "CREATE EXTENSION IF NOT EXISTS " + PgIdentifiers.quoteIfNeeded(name) + " WITH SCHEMA "
                    + PgIdentifiers.quoteIfNeeded(schema) + " VERSION " + PgIdentifiers.literal(version);
        }
    }

    /**
     * An extension the server offers.
     *
     * @param name             the extension's name
     * @param defaultVersion   the version {@code CREATE EXTENSION} installs
     * @param installedVersion the version installed in this database, or null
     * @param comment          the control file's comment, or null
     */
    public record Available(String name, String defaultVersion, String installedVersion, String comment) {
        public boolean installed() {
            return installedVersion != null;
        }
    }

    /** Every extension installed in the connection's database, by name. */
    public static List<Installed> installed(Connection connection) {
        List<Installed> out = new ArrayList<>();
        query(connection, "SELECT e.extname, e.extversion, n.nspname FROM pg_catalog.pg_extension e "
                + "JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace ORDER BY e.extname", null, rs ->
                out.add(new Installed(rs.getString(1), rs.getString(2), rs.getString(3))));
        return List.copyOf(out);
    }

    /** The installed extension of that name. */
    public static Optional<Installed> installed(Connection connection, String name) {
        return installed(connection).stream().filter(e -> e.name().equals(name)).findFirst();
    }

    /** The extension of that name as the server offers it, or empty when the server has no such extension. */
    public static Optional<Available> available(Connection connection, String name) {
        List<Available> out = new ArrayList<>();
        query(connection, "SELECT name, default_version, installed_version, comment "
                + "FROM pg_catalog.pg_available_extensions WHERE name = ?", name, rs ->
                out.add(new Available(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))));
        return out.stream().findFirst();
    }

    /** The versions of that extension the server can install ({@code pg_available_extension_versions}). */
    public static List<String> availableVersions(Connection connection, String name) {
        List<String> out = new ArrayList<>();
        query(connection, "SELECT version FROM pg_catalog.pg_available_extension_versions WHERE name = ? "
                + "ORDER BY version", name, rs -> out.add(rs.getString(1)));
        return List.copyOf(out);
    }

    private interface Row {
        void accept(ResultSet rs) throws SQLException;
    }

    private static void query(Connection connection, String sql, String parameter, Row row) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            if (parameter != null) {
                ps.setString(1, parameter);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    row.accept(rs);
                }
            }
        } catch (SQLException e) {
            throw new ReflectException("could not read the database's extensions: " + e.getMessage(), e);
        }
    }
}
