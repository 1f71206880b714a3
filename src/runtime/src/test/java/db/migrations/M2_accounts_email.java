package db.migrations;

import dev.retort.api.Migration;
import dev.retort.api.Operations;
import dev.retort.api.Revision;

import static dev.retort.api.Schema.TEXT;
import static dev.retort.api.Schema.column;

/** A compiled migration on the classpath, for {@code dev.retort.RetortApiTest}. */
@Revision(id = "cp0002", parents = "cp0001", message = "add email")
public class M2_accounts_email implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.addColumn("accounts", column("email", TEXT));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropColumn("accounts", "email");
    }
}
