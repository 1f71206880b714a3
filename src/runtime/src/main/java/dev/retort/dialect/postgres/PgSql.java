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

    /** A collation name after {@code COLLATE}, always quoted: {@code "C"}, {@code "en_US.utf8"}. */
    static String collation(String name) {
        return PgIdentifiers.quote(name);
    }

    /** A name that may be schema-qualified ({@code extensions.gin_trgm_ops}), each part quoted if needed. */
    static String qualified(String name) {
        int dot = name.indexOf('.');
        return dot < 0 ? id(name) : id(name.substring(0, dot)) + "." + id(name.substring(dot + 1));
    }

    /** A string literal, or {@code NULL} for null: for {@code COMMENT ON ... IS}. */
    static String literalOrNull(String text) {
        return text == null ? "NULL" : PgIdentifiers.literal(text);
    }

    /**
     * A table, sequence, index or type name as SQL: {@code "schema".name}, each part quoted on its own where
     * PostgreSQL needs it, or the bare name when {@code schema} is null (the project's own schema, which is
     * first on the migration's search path).
     */
    static String relation(String schema, String name) {
        return schema == null ? id(name) : id(schema) + "." + id(name);
    }

    /** {@code ALTER TABLE relation}, the relation already in SQL ({@link #relation}). */
    static String alterTable(String relation) {
        return "ALTER TABLE " + relation;
    }

    static String alterColumn(String relation, String column) {
        return alterTable(relation) + " ALTER COLUMN " + id(column);
    }
}
