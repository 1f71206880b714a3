package dev.retort.reflect;

import dev.retort.model.Sequence;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/**
 * Sequences of the schema ({@code sequences.sql}), each with the column that owns it, if any;
 * {@link OwnedSequences} places them.
 */
final class PgSequenceQuery {
    private PgSequenceQuery() {
    }

    static List<OwnedSequences.Listed> read(Connection connection, String schema) {
        List<OwnedSequences.Listed> sequences = new ArrayList<>();
        CatalogSql.query(connection, "sequences", schema, rs -> {
            String kind = rs.getString("owner_kind");
            sequences.add(new OwnedSequences.Listed(new Sequence(rs.getString("sequence_name"),
                    rs.getLong("start_value"), rs.getLong("increment")), rs.getString("owner_table"),
                    rs.getString("owner_column"), kind == null || kind.isEmpty() ? 0 : kind.charAt(0)));
        });
        return sequences;
    }
}
