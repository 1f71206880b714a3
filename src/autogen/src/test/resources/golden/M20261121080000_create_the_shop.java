import dev.retort.api.Migration;
import dev.retort.api.Operations;
import dev.retort.api.Revision;

import static dev.retort.api.ReferentialAction.*;
import static dev.retort.api.Schema.*;

/**
 * Create the shop
 */
@Revision(
        id = "3f2a9c1b7d04",
        parents = {},
        message = "Create the shop",
        created = "2026-11-21T08:00:00Z")
public final class M20261121080000_create_the_shop implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.createEnumType("order_status", "new", "paid", "shipped");
        op.createImplicitCast("varchar", "order_status");
        op.createImplicitCast("order_status", "varchar");
        op.createSequence(sequence("invoice_no").startWith(1000));

        op.createTable("customers",
                column("id", BIGINT).identity(),
                column("email", varchar(255)).notNull(),
                column("name", TEXT),
                column("created_at", timestamptz(6)).notNull().defaultValue("now()"),
                column("balance", numeric(12, 2)).defaultValue("0"),
                column("tags", arrayOf(TEXT)),
                column("score", DOUBLE),
                column("external_id", UUID).defaultValue("gen_random_uuid()"),
                primaryKey("pk_customers", "id"),
                unique("uq_customers_email", "email"),
                check("ck_customers_balance", "balance >= 0"),
                comment("People who buy things"));

        op.createTable("orders",
                column("id", BIGINT).identityAlways(),
                column("customer_id", BIGINT).notNull(),
                column("status", type("order_status")).notNull()
                        .defaultValue("'new'::order_status"),
                column("quantity", INTEGER).notNull(),
                column("unit_price", numeric(10, 2)).notNull(),
                column("total", numeric(12, 2)).generated("quantity * unit_price"),
                column("currency", character(3)).defaultValue("'EUR'"),
                column("note", type("varchar")).comment("It's \"free\" text,\n"
                        + "written by the customer \\ shop"),
                column("weight", numeric(8)),
                column("raw", type("numeric")),
                column("shipped_at", timestamp(3)),
                column("grid", arrayOf(arrayOf(INTEGER))),
                column("payload", JSONB),
                primaryKey("pk_orders", "id"));

        op.createTable("invoices",
                column("no", INTEGER).identity(1000, 10),
                column("order_id", BIGINT).notNull(),
                column("issued_on", DATE).notNull(),
                primaryKey(null, "no"),
                foreignKey("fk_invoices_order", "order_id").references("orders", "id")
                        .onDelete(RESTRICT),
                index("ix_invoices_order", "order_id"));

        op.addForeignKey("orders", foreignKey("fk_orders_customer", "customer_id")
                .references("customers", "id").onDelete(CASCADE).onUpdate(RESTRICT));

        op.createIndex("orders", index("ix_orders_customer", "customer_id"));

        op.createIndex("orders",
                index("ix_orders_status_created", col("status"), desc("shipped_at"))
                .where("status <> 'paid'::order_status").include("total").using("btree"));

        op.createIndex("customers",
                index("ux_customers_lower_email", expr("lower((email)::text)"), exprDesc("coalesce(name, '')"))
                .unique());

        op.createTable("audit_marker");
    }

    @Override
    public void downgrade(Operations op) {
        // WARNING data loss: drops table audit_marker and all its rows
        op.dropTable("audit_marker");

        op.dropIndex("customers", "ux_customers_lower_email");
        op.dropIndex("orders", "ix_orders_status_created");
        op.dropIndex("orders", "ix_orders_customer");
        op.dropForeignKey("orders", "fk_orders_customer");

        // WARNING data loss: drops table invoices and all its rows
        op.dropTable("invoices");

        // WARNING data loss: drops table orders and all its rows
        op.dropTable("orders");

        // WARNING data loss: drops table customers and all its rows
        op.dropTable("customers");

        op.dropSequence("invoice_no");
        op.dropCast("order_status", "varchar");
        op.dropCast("varchar", "order_status");
        op.dropEnumType("order_status");
    }
}
