package dev.retort.reflect;

import java.sql.Connection;
import java.util.Map;
import java.util.TreeMap;

/** Tables of the schema with their comments ({@code tables.sql}), less those the filter leaves out. */
final class PgTableQuery {
    private PgTableQuery() {
    }

    static Map<String, TableParts> read(Connection connection, String schema, TableFilter filter) {
        Map<String, TableParts> tables = new TreeMap<>();
        CatalogSql.query(connection, "tables", schema, rs -> {
            String name = rs.getString("table_name");
            if (filter.accepts(name)) {
                tables.put(name, new TableParts(name, rs.getString("comment")));
            }
        });
        return tables;
    }
}
