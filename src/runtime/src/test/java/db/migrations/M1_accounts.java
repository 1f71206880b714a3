package db.migrations;

import dev.retort.api.Migration;
import dev.retort.api.Operations;
import dev.retort.api.Revision;

import static dev.retort.api.Schema.BIGINT;
import static dev.retort.api.Schema.TEXT;
import static dev.retort.api.Schema.column;
import static dev.retort.api.Schema.primaryKey;

/** A compiled migration on the classpath, for {@code dev.retort.RetortApiTest}. */
@Revision(id = "cp0001", message = "create accounts")
public class M1_accounts implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.createTable("accounts", column("id", BIGINT).identity(), column("name", TEXT), primaryKey("pk_accounts", "id"));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable("accounts");
    }
}
