import dev.retort.api.Migration;
import dev.retort.api.Operations;
import dev.retort.api.Revision;

import static dev.retort.api.Schema.*;

/**
 * Backfill phones from contacts
 */
@Revision(
        id = "e5e5e5e5e5e5",
        parents = {"d1e2f3a4b5c6"},
        message = "Backfill phones from contacts",
        created = "2026-11-21T12:00:00Z",
        irreversible = true)
public final class M20261121120000_backfill_phones_from_contacts implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.addColumn("customers", column("mobile", varchar(20)));

        op.jdbc("copy phone numbers from contacts", connection -> {
            // the data migration's code was not recorded: write it here
        });

        op.execute("DELETE FROM sessions\n"
                + "WHERE expires_at < now()");

        // WARNING table rewrite: changes the type of customers.notes to text: rewrites customers
        // under an exclusive lock
        op.alterColumnType("customers", "notes", TEXT);

        op.setDefault("customers", "mobile", "''");
        op.setColumnComment("customers", "mobile", "E.164 \\u000a number");
        op.setTableComment("customers", "Customers */ and élèves");

        // WARNING data loss: drops column customers.fax and its data
        op.dropColumn("customers", "fax");
    }

    @Override
    public void downgrade(Operations op) {
        // IRREVERSIBLE: cannot reverse 'drop column customers.fax': the dropped column's
        // definition is not known.
        // Write the inverse of 'drop column customers.fax' here by hand, then delete the throw
        // statement below and restore the commented-out steps after it.
        throw new IllegalStateException(
                "cannot downgrade M20261121120000_backfill_phones_from_contacts: write the inverse of 'drop column customers.fax' by hand");

        // IRREVERSIBLE: cannot reverse 'set comment on table customers': the previous comment is
        // not known.
        // Write the inverse of 'set comment on table customers' here by hand.

        // IRREVERSIBLE: cannot reverse 'set comment on column customers.mobile': the previous
        // comment is not known.
        // Write the inverse of 'set comment on column customers.mobile' here by hand.

        // IRREVERSIBLE: cannot reverse 'alter column customers.mobile set default ''': the
        // previous default is not known.
        // Write the inverse of 'alter column customers.mobile set default ''' here by hand.

        // IRREVERSIBLE: cannot reverse 'alter column customers.notes type text': the previous type
        // is not known.
        // Write the inverse of 'alter column customers.notes type text' here by hand.

        // IRREVERSIBLE: cannot reverse 'execute DELETE FROM sessions WHERE expires_at < now()': no
        // reverse SQL was given.
        // Write the inverse of 'execute DELETE FROM sessions WHERE expires_at < now()' here by
        // hand.

        // IRREVERSIBLE: cannot reverse 'run copy phone numbers from contacts': JDBC work has no
        // automatic inverse; write the downgrade by hand.
        // Write the inverse of 'run copy phone numbers from contacts' here by hand.

        // // WARNING data loss: drops column customers.mobile and its data
        // op.dropColumn("customers", "mobile");
    }
}
