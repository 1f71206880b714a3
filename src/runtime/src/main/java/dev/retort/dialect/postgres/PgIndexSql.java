package dev.retort.dialect.postgres;

import dev.retort.model.Index;
import dev.retort.model.IndexKey;

import java.util.stream.Collectors;

import static dev.retort.dialect.postgres.PgSql.id;
import static dev.retort.dialect.postgres.PgSql.idList;

/** CREATE INDEX and DROP INDEX; table and index names come in SQL already ({@link PgSql#relation}). */
final class PgIndexSql {
    private PgIndexSql() {
    }

    /**
     * {@code CREATE [UNIQUE] INDEX [CONCURRENTLY] n ON t [USING m] (keys) [INCLUDE (...)] [NULLS NOT DISTINCT]
     * [WHERE p]}, each key {@code column-or-(expression) [COLLATE c] [opclass] [DESC]}.
     */
    static String create(String relation, Index index, boolean concurrently) {
        StringBuilder sb = new StringBuilder("CREATE ");
        if (index.unique()) {
            sb.append("UNIQUE ");
        }
        sb.append("INDEX ");
        if (concurrently) {
            sb.append("CONCURRENTLY ");
        }
        sb.append(id(index.name())).append(" ON ").append(relation);
        if (index.method() != null) {
            sb.append(" USING ").append(id(index.method()));
        }
        sb.append(' ').append(index.keys().stream().map(PgIndexSql::key).collect(Collectors.joining(", ", "(", ")")));
        if (!index.include().isEmpty()) {
            sb.append(" INCLUDE ").append(idList(index.include()));
        }
        if (index.nullsNotDistinct()) {
            sb.append(" NULLS NOT DISTINCT");
        }
        if (index.where() != null) {
            sb.append(" WHERE ").append(index.where());
        }
        return sb.toString();
    }

    /** {@code DROP INDEX relation}, the index's name already in SQL (qualified in another schema). */
    static String drop(String relation, boolean concurrently) {
        return "DROP INDEX " + (concurrently ? "CONCURRENTLY " : "") + relation;
    }

    private static String key(IndexKey key) {
        StringBuilder sb = new StringBuilder(key.isExpression() ? "(" + key.expression() + ")" : id(key.column()));
        if (key.collation() != null) {
            sb.append(" COLLATE ").append(PgSql.collation(key.collation()));
        }
        if (key.opclass() != null) {
            sb.append(' ').append(PgSql.qualified(key.opclass()));
        }
        if (key.descending()) {
            sb.append(" DESC");
        }
        return sb.toString();
    }
}
