package dev.retort.reflect;

import java.sql.Connection;
import java.util.HashMap;
import java.util.Map;

/**
 * The columns whose collation is not their type's default, with that collation, in one query
 * ({@code column-collations.sql}); SchemaCrawler does not report collations.
 */
final class PgCollationSupplement {
    private final Map<String, Map<String, String>> byTable = new HashMap<>();

    private PgCollationSupplement() {
    }

    static PgCollationSupplement read(Connection connection, String schema) {
        PgCollationSupplement out = new PgCollationSupplement();
        CatalogSql.query(connection, "column-collations", schema, rs -> out.byTable
                .computeIfAbsent(rs.getString("table_name"), k -> new HashMap<>())
                .put(rs.getString("column_name"), rs.getString("collation")));
        return out;
    }

    /** The column's collation, or null for its type's default. */
    String of(String table, String column) {
        return byTable.getOrDefault(table, Map.of()).get(column);
    }
}
