package dev.retort.dialect.postgres;

import java.util.List;
import java.util.stream.Collectors;

/** Small spelling helpers shared by the PostgreSQL statement builders. */
final class PgSql {
    private PgSql() {
    }

    static String id(String identifier) {
        return PgIdentifiers.quoteIfNeeded(identifier);
    }

    /** {@code (a, "B", c)}. */
    static String idList(List<String> identifiers) {
        return identifiers.stream().map(PgSql::id).collect(Collectors.joining(", ", "(", ")"));
    }

    /** A string literal, or {@code NULL} for null: for {@code COMMENT ON ... IS}. */
    static String literalOrNull(String text) {
        return text == null ? "NULL" : PgIdentifiers.literal(text);
    }

    static String alterTable(String table) {
        return "ALTER TABLE " + id(table);
    }

    static String alterColumn(String table, String column) {
        return alterTable(table) + " ALTER COLUMN " + id(column);
    }
}
