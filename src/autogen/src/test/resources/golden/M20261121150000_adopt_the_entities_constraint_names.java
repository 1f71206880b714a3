import dev.retort.api.Migration;
import dev.retort.api.Operations;
import dev.retort.api.Revision;

/**
 * Adopt the entities' constraint names
 */
@Revision(
        id = "20a0b0c0d0e0",
        parents = {"ab12cd34ef56"},
        message = "Adopt the entities' constraint names",
        created = "2026-11-21T15:00:00Z")
public final class M20261121150000_adopt_the_entities_constraint_names implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.renameConstraint("customers", "customers_pkey", "pk_customers");
        op.renameConstraint("customers", "customers_email_key", "uq_customers_email");
        op.renameConstraint("orders", "orders_customer_id_fkey", "fk_orders_customer");
        op.renameConstraint("customers", "customers_balance_check", "ck_customers_balance");
        op.renameIndex("orders", "orders_customer_idx", "ix_orders_customer");
    }

    @Override
    public void downgrade(Operations op) {
        op.renameIndex("orders", "ix_orders_customer", "orders_customer_idx");
        op.renameConstraint("customers", "ck_customers_balance", "customers_balance_check");
        op.renameConstraint("orders", "fk_orders_customer", "orders_customer_id_fkey");
        op.renameConstraint("customers", "uq_customers_email", "customers_email_key");
        op.renameConstraint("customers", "pk_customers", "customers_pkey");
    }
}
