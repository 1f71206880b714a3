package dev.retort.reflect;

import dev.retort.model.EnumType;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Named enum types of the schema with their labels in {@code enumsortorder} order ({@code enums.sql}). */
final class PgEnumQuery {
    private PgEnumQuery() {
    }

    static List<EnumType> read(Connection connection, String schema) {
        Map<String, List<String>> labels = new LinkedHashMap<>();
        CatalogSql.query(connection, "enums", schema, rs ->
                labels.computeIfAbsent(rs.getString("type_name"), k -> new ArrayList<>()).add(rs.getString("label")));
        return labels.entrySet().stream().map(e -> new EnumType(e.getKey(), e.getValue())).toList();
    }
}
