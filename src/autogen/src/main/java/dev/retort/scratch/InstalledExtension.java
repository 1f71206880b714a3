package dev.retort.scratch;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * An extension created in the target database ({@code pg_extension}), which the scratch database needs too: the
 * desired schema may use its types, operators and functions.
 *
 * @param name    the extension's name, e.g. {@code citext}
 * @param version its version in the target, for messages
 * @param schema  the schema its objects live in
 */
public record InstalledExtension(String name, String version, String schema) {

    /**
     * The extensions of the database behind {@code c}, without plpgsql (always there), in creation order (oid),
     * so that one another depends on is created first, in its own schema; {@code PgExtensions.installed} gives the
     * same by name.
     */
    public static List<InstalledExtension> of(Connection c) throws SQLException {
        List<InstalledExtension> out = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT e.extname, e.extversion, n.nspname FROM pg_catalog.pg_extension e "
                     + "JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace "
                     + "WHERE e.extname <> 'plpgsql' ORDER BY e.oid")) {
            while (rs.next()) {
                out.add(new InstalledExtension(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return name + " " + version + " (schema " + schema + ")";
    }
}
