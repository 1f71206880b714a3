package db.broken;

import dev.retort.api.Migration;
import dev.retort.api.Operations;
import dev.retort.api.Revision;

/** Fails: the database refuses a null name. */
@Revision(id = "bad0002", parents = "bad0001", message = "insert a null name")
public class B2_insert_null_name implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.execute("INSERT INTO account (id, name) VALUES (1, NULL)");
    }

    @Override
    public void downgrade(Operations op) {
        op.execute("DELETE FROM account WHERE id = 1");
    }
}
