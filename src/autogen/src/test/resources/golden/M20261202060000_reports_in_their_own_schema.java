import dev.retort.api.Migration;
import dev.retort.api.Operations;
import dev.retort.api.Revision;

import static dev.retort.api.ReferentialAction.*;
import static dev.retort.api.Schema.*;

/**
 * Reports in their own schema
 */
@Revision(
        id = "5c4e3a2b1d0f",
        parents = {"c1d2e3f4a5b6"},
        message = "Reports in their own schema",
        created = "2026-12-02T06:00:00Z")
public final class M20261202060000_reports_in_their_own_schema implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.createSchema("reporting");
        op.inSchema("reporting").createSequence(sequence("report_seq").incrementBy(50));

        op.createTable("purchase_order",
                column("id", BIGINT).notNull(),
                column("report_id", BIGINT),
                primaryKey("purchase_order_pkey", "id"));

        op.inSchema("reporting").createTable("report",
                column("id", BIGINT).notNull(),
                column("title", varchar(120)).notNull(),
                primaryKey("report_pkey", "id"));

        op.inSchema("reporting").createTable("report_line",
                column("id", BIGINT).notNull(),
                column("report_id", BIGINT).notNull(),
                primaryKey("report_line_pkey", "id"));

        op.inSchema("reporting").createIndex("report", index("report_title_idx", "title"));

        op.addForeignKey("purchase_order", foreignKey("fk_order_report", "report_id")
                .referencesInSchema("reporting", "report", "id"));

        op.inSchema("reporting").addForeignKey("report_line",
                foreignKey("fk_line_report", "report_id")
                .referencesInSchema("reporting", "report", "id").onDelete(CASCADE));
    }

    @Override
    public void downgrade(Operations op) {
        op.inSchema("reporting").dropForeignKey("report_line", "fk_line_report");
        op.dropForeignKey("purchase_order", "fk_order_report");
        op.inSchema("reporting").dropIndex("report", "report_title_idx");

        // WARNING data loss: drops table report_line and all its rows
        op.inSchema("reporting").dropTable("report_line");

        // WARNING data loss: drops table report and all its rows
        op.inSchema("reporting").dropTable("report");

        // WARNING data loss: drops table purchase_order and all its rows
        op.dropTable("purchase_order");

        op.inSchema("reporting").dropSequence("report_seq");
        op.dropSchema("reporting");
    }
}
