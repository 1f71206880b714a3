package dev.retort.reflect;

import dev.retort.model.Identity;

import java.sql.Connection;
import java.util.HashMap;
import java.util.Map;

/**
 * Identity columns with their kind (ALWAYS / BY DEFAULT) and their sequence's start and increment, in
 * one query ({@code identities.sql}); SchemaCrawler only reports such a column as auto-incremented.
 */
final class PgIdentitySupplement {
    private final Map<String, Map<String, Identity>> byTable = new HashMap<>();

    private PgIdentitySupplement() {
    }

    static PgIdentitySupplement read(Connection connection, String schema) {
        PgIdentitySupplement out = new PgIdentitySupplement();
        CatalogSql.query(connection, "identities", schema, rs -> out.byTable
                .computeIfAbsent(rs.getString("table_name"), k -> new HashMap<>())
                .put(rs.getString("column_name"), new Identity(CatalogSql.code(rs, "identity") == 'a',
                        CatalogSql.nullableLong(rs, "identity_start"),
                        CatalogSql.nullableLong(rs, "identity_increment"))));
        return out;
    }

    /** The identity of the column, or null when it is not an identity column. */
    Identity of(String table, String column) {
        return byTable.getOrDefault(table, Map.of()).get(column);
    }
}
