package dev.retort.reflect;

import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The schemas a session resolves unqualified names in ({@code current_schemas(false)}: the existing schemas of
 * {@code search_path}, without the implicit {@code pg_catalog} and temporary schema). It decides how
 * {@code format_type} spells a type: {@code citext} when the extension's schema is on the path,
 * {@code extensions.citext} when it is not. A round trip that puts the desired schema into PostgreSQL's words
 * must resolve names on the same path as the live schema's session.
 */
public final class PgSearchPath {
    private PgSearchPath() {
    }

    public static List<String> effective(Connection connection) {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT pg_catalog.current_schemas(false)")) {
            rs.next();
            Array array = rs.getArray(1);
            try {
                return List.of((String[]) array.getArray());
            } finally {
                array.free();
            }
        } catch (SQLException e) {
            throw new ReflectException("could not read the session's search_path: " + e.getMessage(), e);
        }
    }
}
