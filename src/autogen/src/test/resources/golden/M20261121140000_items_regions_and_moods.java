import dev.retort.api.Migration;
import dev.retort.api.Operations;
import dev.retort.api.Revision;

import static dev.retort.api.ReferentialAction.*;
import static dev.retort.api.Schema.*;

/**
 * Items, regions and moods
 */
@Revision(
        id = "ab12cd34ef56",
        parents = {"f00000000001"},
        message = "Items, regions and moods",
        created = "2026-11-21T14:00:00Z")
public final class M20261121140000_items_regions_and_moods implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.alterColumnDefault("orders", "status", "'draft'::order_status", null);
        op.createEnumType("mood", "sad", "ok", "happy");
        op.createSequence(sequence("line_no_seq"));
        op.dropIndex("customers", "ix_customers_lower_name");
        op.dropIndex("orders", "ix_orders_customer");
        op.dropIndex("orders", "ix_orders_total");
        op.dropCheckConstraint("orders", "ck_orders_amount");
        op.dropUniqueConstraint("customers", "uq_customers_phone");
        op.dropPrimaryKey("orders", "pk_orders");
        op.dropColumn("orders", "total");

        // WARNING data loss: drops value 'draft' from enum type order_status: rebuilds the type,
        // fails if a row still holds the value
        op.dropEnumValue("order_status", "draft");

        // WARNING data loss: drops value 'refunded' from enum type order_status: rebuilds the
        // type, fails if a row still holds the value
        op.dropEnumValue("order_status", "refunded");

        op.createTable("order_items",
                column("order_id", BIGINT).notNull(),
                column("region", character(2)).notNull(),
                column("line_no", INTEGER).notNull()
                        .defaultValue("nextval('line_no_seq'::regclass)"),
                column("sku", varchar(40)).notNull(),
                primaryKey("pk_order_items", "order_id", "line_no"));

        op.addColumn("customers", column("mood", type("mood")));
        op.addColumn("orders", column("region", character(2)).notNull().defaultValue("'EU'"));

        // WARNING table rewrite: adds generated column orders.total: rewrites orders under an
        // exclusive lock
        op.addColumn("orders", column("total", numeric(12, 2)).generated("amount * 1.19"));

        op.alterColumnIdentity("customers", "id", identity(), identityAlways());
        op.setTableComment("orders", "Orders placed", null);

        // WARNING may fail on existing data: adds primary key on orders [id, region]: fails on
        // duplicates or NULLs, builds its index blocking writes
        op.addPrimaryKey("orders", "pk_orders", "id", "region");

        // WARNING may fail on existing data: adds unique constraint uq_orders_id on orders [id]:
        // fails on duplicates, builds its index blocking writes
        op.addUniqueConstraint("orders", "uq_orders_id", "id");

        // WARNING may fail on existing data: adds check constraint ck_orders_total on orders:
        // fails if a row violates it, and scans orders to check
        op.addCheckConstraint("orders", "ck_orders_total", "total < 1000000");

        op.createIndex("order_items", index("ix_items_sku", "sku"));

        // WARNING blocks writes: creates index ix_orders_total without CONCURRENTLY: blocks writes
        // to orders while it builds
        op.createIndex("orders", index("ix_orders_total", "total"));

        op.addForeignKey("order_items", foreignKey("fk_items_order", "order_id", "region")
                .references("orders", "id", "region").onDelete(CASCADE).onUpdate(CASCADE));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropForeignKey("order_items", "fk_items_order");
        op.dropIndex("orders", "ix_orders_total");
        op.dropIndex("order_items", "ix_items_sku");
        op.dropCheckConstraint("orders", "ck_orders_total");
        op.dropUniqueConstraint("orders", "uq_orders_id");
        op.dropPrimaryKey("orders", "pk_orders");
        op.setTableComment("orders", null, "Orders placed");
        op.alterColumnIdentity("customers", "id", identityAlways(), identity());
        op.dropColumn("orders", "total");

        // WARNING data loss: drops column orders.region and its data
        op.dropColumn("orders", "region");

        // WARNING data loss: drops column customers.mood and its data
        op.dropColumn("customers", "mood");

        // WARNING data loss: drops table order_items and all its rows
        op.dropTable("order_items");

        op.addEnumValueAfter("order_status", "refunded", "paid");
        op.addEnumValueBefore("order_status", "draft", "new");

        // WARNING table rewrite: adds generated column orders.total: rewrites orders under an
        // exclusive lock
        op.addColumn("orders", column("total", numeric(12, 2)).generated("amount * 1.21"));

        // WARNING may fail on existing data: adds primary key on orders [id]: fails on duplicates
        // or NULLs, builds its index blocking writes
        op.addPrimaryKey("orders", "pk_orders", "id");

        // WARNING may fail on existing data: adds unique constraint uq_customers_phone on
        // customers [phone]: fails on duplicates, builds its index blocking writes
        op.addUniqueConstraint("customers", "uq_customers_phone", "phone");

        // WARNING may fail on existing data: adds check constraint ck_orders_amount on orders:
        // fails if a row violates it, and scans orders to check
        op.addCheckConstraint("orders", "ck_orders_amount", "amount > 0");

        // WARNING blocks writes: creates index ix_orders_total without CONCURRENTLY: blocks writes
        // to orders while it builds
        op.createIndex("orders", index("ix_orders_total", desc("total")));

        // WARNING blocks writes: creates index ix_orders_customer without CONCURRENTLY: blocks
        // writes to orders while it builds
        op.createIndex("orders", index("ix_orders_customer", "customer_id")
                .where("customer_id IS NOT NULL").include("status"));

        // WARNING blocks writes: creates index ix_customers_lower_name without CONCURRENTLY:
        // blocks writes to customers while it builds
        op.createIndex("customers", index("ix_customers_lower_name", expr("lower(name)")));

        op.dropSequence("line_no_seq");
        op.dropEnumType("mood");
        op.alterColumnDefault("orders", "status", null, "'draft'::order_status");
    }
}
