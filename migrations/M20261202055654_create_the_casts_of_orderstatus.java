package db.migrations;

import dev.retort.api.Migration;
import dev.retort.api.Operations;
import dev.retort.api.Revision;

/**
 * Create the casts of orderstatus
 */
@Revision(
        id = "c683381e6f8d",
        parents = {"1f0c2a9d4b7e"},
        message = "Create the casts of orderstatus",
        created = "2026-12-02T05:56:54Z")
public final class M20261202055654_create_the_casts_of_orderstatus implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.createImplicitCast("varchar", "orderstatus");
        op.createImplicitCast("orderstatus", "varchar");
    }

    @Override
    public void downgrade(Operations op) {
        op.dropCast("orderstatus", "varchar");
        op.dropCast("varchar", "orderstatus");
    }
}
