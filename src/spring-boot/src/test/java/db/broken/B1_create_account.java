package db.broken;

import dev.retort.api.Migration;
import dev.retort.api.Operations;
import dev.retort.api.Revision;

import static dev.retort.api.Schema.BIGINT;
import static dev.retort.api.Schema.column;
import static dev.retort.api.Schema.primaryKey;
import static dev.retort.api.Schema.varchar;

/** A good first migration of the broken set (retort.package-name=db.broken). */
@Revision(id = "bad0001", message = "create account")
public class B1_create_account implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.createTable("account",
                column("id", BIGINT).notNull(),
                column("name", varchar(100)).notNull(),
                primaryKey("account_pkey", "id"));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropTable("account");
    }
}
