package dev.retort.reflect;

import dev.retort.model.Sequence;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/**
 * Sequences of the schema ({@code sequences.sql}) that stand on their own: an identity column's
 * sequence belongs to its {@link dev.retort.model.Identity}, and a sequence owned by a table that is
 * left out (filtered, or the version table) is left out with it.
 */
final class PgSequenceQuery {
    private PgSequenceQuery() {
    }

    static List<Sequence> read(Connection connection, String schema, TableFilter filter) {
        List<Sequence> sequences = new ArrayList<>();
        CatalogSql.query(connection, "sequences", schema, rs -> {
            char ownerKind = CatalogSql.code(rs, "owner_kind");
            String owner = rs.getString("owner_table");
            if (ownerKind == 'i' || (owner != null && !filter.accepts(owner))) {
                return;
            }
            sequences.add(new Sequence(rs.getString("sequence_name"), rs.getLong("start_value"),
                    rs.getLong("increment")));
        });
        return sequences;
    }
}
