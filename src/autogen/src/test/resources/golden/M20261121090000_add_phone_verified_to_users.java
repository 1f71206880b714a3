import dev.retort.api.Migration;
import dev.retort.api.Operations;
import dev.retort.api.Revision;

import static dev.retort.api.Schema.*;

/**
 * Add phone verified to users
 */
@Revision(
        id = "8b41d0e2c9aa",
        parents = {"3f2a9c1b7d04"},
        message = "Add phone verified to users",
        created = "2026-11-21T09:00:00Z")
public final class M20261121090000_add_phone_verified_to_users implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.addColumn("customers", column("phone", varchar(20)));

        op.addColumn("customers", column("phone_verified", BOOLEAN).notNull()
                .defaultValue("false"));

        // WARNING may fail on existing data: adds NOT NULL column customers.country without a
        // default: fails if customers has rows
        op.addColumn("customers", column("country", character(2)).notNull());

        // WARNING data loss: drops column customers.fax and its data
        op.dropColumn("customers", "fax");

        // WARNING review the rename: renames customers.name to customers.full_name, keeping its
        // data. If full_name is a new column, replace this line with op.dropColumn and
        // op.addColumn
        op.renameColumn("customers", "name", "full_name");

        // WARNING data loss: narrows customers.email from varchar(255) to varchar(100): values
        // that do not fit are truncated or make the statement fail
        // WARNING table rewrite: rewrites customers under an exclusive lock
        op.alterColumnType("customers", "email", varchar(255), varchar(100));

        // WARNING table rewrite: changes the type of orders.customer_id from integer to bigint:
        // rewrites orders under an exclusive lock
        op.alterColumnType("orders", "customer_id", INTEGER, BIGINT);

        op.alterColumnType("customers", "notes", varchar(100), TEXT);

        // WARNING may fail on existing data: converts orders.legacy_total from text to
        // numeric(12,2): fails if a value does not convert (write a USING expression for the
        // values that need one)
        // WARNING table rewrite: rewrites orders under an exclusive lock
        op.alterColumnType("orders", "legacy_total", TEXT, numeric(12, 2),
                "legacy_total::numeric(12,2)");

        // WARNING may fail on existing data: sets NOT NULL on customers.phone: fails if a row
        // holds NULL, and scans customers under an exclusive lock
        op.setNotNull("customers", "phone");

        op.dropNotNull("customers", "full_name");
        op.alterColumnDefault("customers", "created_at", null, "now()");
        op.alterColumnDefault("customers", "balance", "0", null);
        op.alterColumnIdentity("customers", "id", identity(), identityAlways());
        op.alterColumnIdentity("invoices", "no", null, identity().startWith(1000));
        op.setColumnComment("customers", "email", null, "Login e-mail");
        op.setTableComment("customers", "People", "People who buy things");
    }

    @Override
    public void downgrade(Operations op) {
        op.setTableComment("customers", "People who buy things", "People");
        op.setColumnComment("customers", "email", "Login e-mail", null);
        op.alterColumnIdentity("invoices", "no", identity().startWith(1000), null);
        op.alterColumnIdentity("customers", "id", identityAlways(), identity());
        op.alterColumnDefault("customers", "balance", null, "0");
        op.alterColumnDefault("customers", "created_at", "now()", null);

        // WARNING may fail on existing data: sets NOT NULL on customers.full_name: fails if a row
        // holds NULL, and scans customers under an exclusive lock
        op.setNotNull("customers", "full_name");

        op.dropNotNull("customers", "phone");

        // WARNING table rewrite: changes the type of orders.legacy_total from numeric(12,2) to
        // text: rewrites orders under an exclusive lock
        op.alterColumnType("orders", "legacy_total", numeric(12, 2), TEXT);

        // WARNING data loss: narrows customers.notes from text to varchar(100): values that do not
        // fit are truncated or make the statement fail
        // WARNING table rewrite: rewrites customers under an exclusive lock
        op.alterColumnType("customers", "notes", TEXT, varchar(100));

        // WARNING data loss: narrows orders.customer_id from bigint to integer: values that do not
        // fit are truncated or make the statement fail
        // WARNING table rewrite: rewrites orders under an exclusive lock
        op.alterColumnType("orders", "customer_id", BIGINT, INTEGER);

        op.alterColumnType("customers", "email", varchar(100), varchar(255));
        op.renameColumn("customers", "full_name", "name");
        op.addColumn("customers", column("fax", TEXT).comment("nobody faxes"));

        // WARNING data loss: drops column customers.country and its data
        op.dropColumn("customers", "country");

        // WARNING data loss: drops column customers.phone_verified and its data
        op.dropColumn("customers", "phone_verified");

        // WARNING data loss: drops column customers.phone and its data
        op.dropColumn("customers", "phone");
    }
}
