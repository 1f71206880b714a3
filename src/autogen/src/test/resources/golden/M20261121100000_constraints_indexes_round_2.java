import dev.retort.api.Migration;
import dev.retort.api.Operations;
import dev.retort.api.Revision;

import static dev.retort.api.ReferentialAction.*;
import static dev.retort.api.Schema.*;

/**
 * Constraints & indexes (round 2)
 */
@Revision(
        id = "c0ffee00d00d",
        parents = {"8b41d0e2c9aa"},
        message = "Constraints & indexes (round 2)",
        created = "2026-11-21T10:00:00Z",
        transactional = false)
public final class M20261121100000_constraints_indexes_round_2 implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.dropForeignKey("orders", "fk_orders_customer");

        // WARNING may fail on existing data: adds primary key on order_lines [order_id, line_no]:
        // fails on duplicates or NULLs, builds its index blocking writes
        op.addPrimaryKey("order_lines", "pk_order_lines", "order_id", "line_no");

        op.dropPrimaryKey("legacy", "pk_legacy");

        // WARNING may fail on existing data: adds unique constraint uq_customers_phone on
        // customers [phone]: fails on duplicates, builds its index blocking writes
        op.addUniqueConstraint("customers", "uq_customers_phone", "phone");

        op.dropUniqueConstraint("customers", "uq_customers_email");

        // WARNING may fail on existing data: adds check constraint ck_orders_total on orders:
        // fails if a row violates it, and scans orders to check
        op.addCheckConstraint("orders", "ck_orders_total", "total >= 0");

        op.dropCheckConstraint("orders", "ck_orders_old");

        // WARNING blocks writes: creates index ix_orders_created without CONCURRENTLY: blocks
        // writes to orders while it builds
        op.createIndex("orders", index("ix_orders_created", "created_at"));

        // WARNING may fail on existing data: creates unique index ux_customers_lower_email on
        // customers: fails on duplicates
        op.createIndexConcurrently("customers",
                index("ux_customers_lower_email", expr("lower(email)")).unique()
                .where("deleted_at IS NULL").include("id", "name"));

        op.dropIndexConcurrently("orders", "ix_orders_legacy");

        // WARNING may fail on existing data: adds foreign key fk_orders_customer on orders: fails
        // if a row references a missing customers row, and scans orders to check
        op.addForeignKey("orders", foreignKey("fk_orders_customer", "customer_id")
                .references("customers", "id").onDelete(SET_NULL).onUpdate(SET_DEFAULT));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropForeignKey("orders", "fk_orders_customer");
        op.createIndexConcurrently("orders", index("ix_orders_legacy", "legacy").using("hash"));
        op.dropIndexConcurrently("customers", "ux_customers_lower_email");
        op.dropIndex("orders", "ix_orders_created");

        // WARNING may fail on existing data: adds check constraint ck_orders_old on orders: fails
        // if a row violates it, and scans orders to check
        op.addCheckConstraint("orders", "ck_orders_old", "id > 0");

        op.dropCheckConstraint("orders", "ck_orders_total");

        // WARNING may fail on existing data: adds unique constraint uq_customers_email on
        // customers [email]: fails on duplicates, builds its index blocking writes
        op.addUniqueConstraint("customers", "uq_customers_email", "email");

        op.dropUniqueConstraint("customers", "uq_customers_phone");

        // WARNING may fail on existing data: adds primary key on legacy [id]: fails on duplicates
        // or NULLs, builds its index blocking writes
        op.addPrimaryKey("legacy", "pk_legacy", "id");

        op.dropPrimaryKey("order_lines", "pk_order_lines");

        // WARNING may fail on existing data: adds foreign key fk_orders_customer on orders: fails
        // if a row references a missing customers row, and scans orders to check
        op.addForeignKey("orders", foreignKey("fk_orders_customer", "customer_id")
                .references("customers", "id").onDelete(CASCADE));
    }
}
