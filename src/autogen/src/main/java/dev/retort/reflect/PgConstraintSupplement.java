package dev.retort.reflect;

import dev.retort.model.Deferrable;

import java.sql.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What SchemaCrawler's keys and constraints lack, in one query ({@code constraint-extras.sql}): when a primary
 * key, unique constraint or foreign key is checked, a foreign key's {@code MATCH FULL}, a unique constraint's
 * {@code NULLS NOT DISTINCT}.
 */
final class PgConstraintSupplement {

    /** The extras of one constraint. */
    record Extras(Deferrable deferrable, boolean matchFull, boolean nullsNotDistinct) {
        static final Extras NONE = new Extras(Deferrable.NOT_DEFERRABLE, false, false);
    }

    private final Map<List<String>, Extras> byConstraint = new HashMap<>();

    private PgConstraintSupplement() {
    }

    static PgConstraintSupplement read(Connection connection, String schema) {
        PgConstraintSupplement out = new PgConstraintSupplement();
        CatalogSql.query(connection, "constraint-extras", schema, rs -> out.byConstraint.put(
                List.of(rs.getString("table_name"), rs.getString("constraint_name")),
                new Extras(Deferrable.of(rs.getBoolean("is_deferrable"), rs.getBoolean("is_deferred")),
                        CatalogSql.code(rs, "match_type") == 'f', rs.getBoolean("nulls_not_distinct"))));
        return out;
    }

    /** The extras of the constraint; a plain constraint's when it is not in pg_constraint. */
    Extras of(String table, String constraint) {
        return byConstraint.getOrDefault(List.of(table, constraint), Extras.NONE);
    }
}
