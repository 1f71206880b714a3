import dev.retort.api.Cast;
import dev.retort.api.Migration;
import dev.retort.api.Operations;
import dev.retort.api.Revision;

import static dev.retort.api.Schema.*;

/**
 * Merge heads; rename order_lines
 */
@Revision(
        id = "d1e2f3a4b5c6",
        parents = {"c0ffee00d00d", "77aa88bb99cc"},
        message = "Merge heads; rename order_lines",
        created = "2026-11-21T11:00:00Z",
        branchLabels = {"shop"},
        dependsOn = {"0a0b0c0d0e0f"})
public final class M20261121110000_merge_heads_rename_order_lines implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.renameTable("order_lines", "order_items");

        // WARNING data loss: drops table legacy and all its rows
        op.dropTable("legacy");

        op.dropSequence("old_seq");

        op.alterSequence(sequence("invoice_no").startWith(1000),
                sequence("invoice_no").startWith(3000000000L).incrementBy(5));

        op.addEnumValueAfter("order_status", "refunded", "shipped");
        op.addEnumValueBefore("order_status", "draft", "new");
        op.addEnumValue("order_status", "archived");

        // WARNING data loss: drops value 'cancelled' from enum type order_status: rebuilds the
        // type, fails if a row still holds the value
        op.dropEnumValue("order_status", "cancelled");

        op.dropCast("varchar", "old_mood");
        op.dropCast("old_mood", "varchar");
        op.dropEnumType("old_mood");
        op.createEnumType("empty_kind");
        op.createCast(castWithInout("varchar", "empty_kind", Cast.Context.ASSIGNMENT));
        op.execute("UPDATE orders SET status = 'paid' WHERE total = 0");
    }

    @Override
    public void downgrade(Operations op) {
        op.execute("UPDATE orders SET status = 'new' WHERE total = 0");
        op.dropCast("varchar", "empty_kind");
        op.dropEnumType("empty_kind");
        op.createEnumType("old_mood", "sad", "ok", "happy");
        op.createCast(castWithFunction("old_mood", "varchar", "old_mood_text(old_mood)", Cast.Context.ASSIGNMENT));
        op.createImplicitCast("varchar", "old_mood");
        op.addEnumValueBefore("order_status", "cancelled", "refunded");

        // WARNING data loss: drops value 'archived' from enum type order_status: rebuilds the
        // type, fails if a row still holds the value
        op.dropEnumValue("order_status", "archived");

        // WARNING data loss: drops value 'draft' from enum type order_status: rebuilds the type,
        // fails if a row still holds the value
        op.dropEnumValue("order_status", "draft");

        // WARNING data loss: drops value 'refunded' from enum type order_status: rebuilds the
        // type, fails if a row still holds the value
        op.dropEnumValue("order_status", "refunded");

        op.alterSequence(sequence("invoice_no").startWith(3000000000L).incrementBy(5),
                sequence("invoice_no").startWith(1000));

        op.createSequence(sequence("old_seq"));

        op.createTable("legacy",
                column("id", INTEGER).notNull(),
                column("data", BYTEA),
                primaryKey("pk_legacy", "id"),
                index("ix_legacy_data", "data"),
                comment("old stuff"));

        op.renameTable("order_items", "order_lines");
    }
}
