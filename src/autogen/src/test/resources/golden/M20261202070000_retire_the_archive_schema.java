import dev.retort.api.Migration;
import dev.retort.api.Operations;
import dev.retort.api.Revision;

import static dev.retort.api.Schema.*;

/**
 * Retire the archive schema
 */
@Revision(
        id = "6d5f4b3c2e1a",
        parents = {"5c4e3a2b1d0f"},
        message = "Retire the archive schema",
        created = "2026-12-02T07:00:00Z")
public final class M20261202070000_retire_the_archive_schema implements Migration {

    @Override
    public void upgrade(Operations op) {
        // WARNING data loss: drops table old_report and all its rows
        op.inSchema("archive").dropTable("old_report");

        op.dropSchema("archive");
    }

    @Override
    public void downgrade(Operations op) {
        op.createSchema("archive");

        op.inSchema("archive").createTable("old_report",
                column("id", BIGINT).notNull(),
                primaryKey("old_report_pkey", "id"));
    }
}
