package dev.retort.reflect;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Runs one of the catalog queries kept beside this class as {@code <name>.sql}, for one schema. */
final class CatalogSql {

    /** Receives one row; the result set is positioned on it. */
    @FunctionalInterface
    interface RowHandler {
        void row(ResultSet rs) throws SQLException;
    }

    private CatalogSql() {
    }

    static String text(String name) {
        String resource = name + ".sql";
        try (InputStream in = CatalogSql.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing catalog query " + resource + " beside " + CatalogSql.class);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read catalog query " + resource, e);
        }
    }

    /** Runs {@code name.sql} with the schema name as its only parameter and hands every row to the handler. */
    static void query(Connection connection, String name, String schema, RowHandler handler) {
        try (PreparedStatement ps = connection.prepareStatement(text(name))) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    handler.row(rs);
                }
            }
        } catch (SQLException e) {
            throw new ReflectException("could not read " + name + " of schema " + schema + ": " + e.getMessage(), e);
        }
    }

    /** A nullable bigint column. */
    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    /** A "char" column (one character) as a char, or {@code '\0'} when empty or null. */
    static char code(ResultSet rs, String column) throws SQLException {
        String value = rs.getString(column);
        return value == null || value.isEmpty() ? '\0' : value.charAt(0);
    }
}
