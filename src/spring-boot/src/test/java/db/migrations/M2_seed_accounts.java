package db.migrations;

import dev.retort.api.Migration;
import dev.retort.api.Operations;
import dev.retort.api.Revision;

/** Rows the tests find through JPA. */
@Revision(id = "shop0002", parents = "shop0001", message = "seed accounts")
public class M2_seed_accounts implements Migration {
    @Override
    public void upgrade(Operations op) {
        op.execute("INSERT INTO account (id, name) VALUES (1, 'ada'), (2, 'alan'), (3, 'grace')");
    }

    @Override
    public void downgrade(Operations op) {
        op.execute("DELETE FROM account WHERE id IN (1, 2, 3)");
    }
}
