package dev.retort.reflect;

import java.sql.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What SchemaCrawler's indexes lack, in one query ({@code index-extras.sql}): the number of key columns
 * (SchemaCrawler lists INCLUDE columns as if they were keys), the access method, validity, NULLS NOT DISTINCT,
 * each key's collation and operator class, and expression
 * keys in the pretty form the fast path uses (SchemaCrawler gets them through the JDBC driver in non-pretty form).
 */
final class PgIndexSupplement {

    /**
     * The extras of one index; {@code expressions}, {@code collations} and {@code opclasses} map 1-based column
     * positions to expression text, a key's collation and its operator class (only those that are not default).
     */
    record Extras(int keyCount, String method, Map<Integer, String> expressions, boolean valid,
                  Map<Integer, String> collations, Map<Integer, String> opclasses, boolean nullsNotDistinct) {
    }

    private final Map<List<String>, Extras> byIndex = new HashMap<>();

    private PgIndexSupplement() {
    }

    static PgIndexSupplement read(Connection connection, String schema) {
        PgIndexSupplement out = new PgIndexSupplement();
        CatalogSql.query(connection, "index-extras", schema, rs -> {
            List<String> key = List.of(rs.getString("table_name"), rs.getString("index_name"));
            int keyCount = rs.getInt("key_count");
            String method = rs.getString("access_method");
            boolean valid = rs.getBoolean("is_valid");
            boolean nullsNotDistinct = rs.getBoolean("nulls_not_distinct");
            Extras extras = out.byIndex.computeIfAbsent(key, k -> new Extras(keyCount,
                    PgIndexQuery.DEFAULT_METHOD.equals(method) ? null : method, new HashMap<>(), valid,
                    new HashMap<>(), new HashMap<>(), nullsNotDistinct));
            int position = rs.getInt("position");
            putIfSet(extras.expressions(), position, rs.getString("expression"));
            putIfSet(extras.collations(), position, rs.getString("key_collation"));
            putIfSet(extras.opclasses(), position, rs.getString("key_opclass"));
        });
        return out;
    }

    private static void putIfSet(Map<Integer, String> map, int position, String value) {
        if (value != null) {
            map.put(position, value);
        }
    }

    Extras of(String table, String index) {
        Extras extras = byIndex.get(List.of(table, index));
        if (extras == null) {
            throw new ReflectException("index " + index + " of table " + table
                    + " was reported by SchemaCrawler but is not in pg_index", null);
        }
        return extras;
    }
}
