import dev.retort.api.Migration;
import dev.retort.api.Operations;
import dev.retort.api.Revision;

import static dev.retort.api.ReferentialAction.*;
import static dev.retort.api.Schema.*;

/**
 * Hand-built attributes
 */
@Revision(
        id = "d4e5f6a7b8c9",
        parents = {"c1d2e3f4a5b6"},
        message = "Hand-built attributes",
        created = "2026-12-02T06:00:00Z")
public final class M20261202060000_hand_built_attributes implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.createTable("seats",
                column("id", BIGINT).notNull(),
                column("row_no", INTEGER).notNull(),
                column("seat_no", INTEGER).notNull(),
                column("code", varchar(20)).collate("C"),
                column("hall_id", BIGINT),
                primaryKey("seats_pkey", "id").deferrable(),
                unique("uq_seats_row_seat", "row_no", "seat_no").initiallyDeferred(),
                unique("uq_seats_code", "code").nullsNotDistinct(),
                foreignKey("fk_seats_hall", "hall_id").references("halls", "id").onDelete(CASCADE)
                        .matchFull().initiallyDeferred(),
                index("ix_seats_code_prefix", col("code").opclass("text_pattern_ops")),
                index("ux_seats_hall_code", col("hall_id"), col("code").collate("POSIX")).unique()
                        .nullsNotDistinct());

        op.dropUniqueConstraint("halls", "uq_halls_name");
        op.dropPrimaryKey("halls", "halls_pkey");
        op.dropIndex("halls", "ix_halls_name_trgm");
        op.addColumn("halls", column("label", TEXT).collate("en_US.utf8"));

        // WARNING blocks writes: changes the collation of halls.name from the type's default to
        // "C": rebuilds its indexes under an exclusive lock; sort order and comparisons change
        op.alterColumnCollation("halls", "name", varchar(100), null, "C");

        op.alterColumnType("halls", "name", varchar(100), varchar(200), null, collation("C"));
    }

    @Override
    public void downgrade(Operations op) {
        // WARNING data loss: narrows halls.name from varchar(200) to varchar(100): values that do
        // not fit are truncated or make the statement fail
        // WARNING table rewrite: rewrites halls under an exclusive lock
        op.alterColumnType("halls", "name", varchar(200), varchar(100), null, collation("C"));

        // WARNING blocks writes: changes the collation of halls.name from "C" to the type's
        // default: rebuilds its indexes under an exclusive lock; sort order and comparisons change
        op.alterColumnCollation("halls", "name", varchar(100), "C", null);

        // WARNING data loss: drops column halls.label and its data
        op.dropColumn("halls", "label");

        // WARNING blocks writes: creates index ix_halls_name_trgm without CONCURRENTLY: blocks
        // writes to halls while it builds
        op.createIndex("halls",
                index("ix_halls_name_trgm", expr("lower(name)").opclass("gin_trgm_ops"))
                .using("gin"));

        // WARNING may fail on existing data: adds primary key on halls [id]: fails on duplicates
        // or NULLs, builds its index blocking writes
        op.addPrimaryKey("halls", primaryKey("halls_pkey", "id").deferrable());

        // WARNING may fail on existing data: adds unique constraint uq_halls_name on halls [name]:
        // fails on duplicates, builds its index blocking writes
        op.addUniqueConstraint("halls", unique("uq_halls_name", "name").initiallyDeferred()
                .nullsNotDistinct());

        // WARNING data loss: drops table seats and all its rows
        op.dropTable("seats");
    }
}
