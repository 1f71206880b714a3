package dev.retort.command;

import dev.retort.autogen.Comparison;
import dev.retort.model.SchemaModel;
import dev.retort.diff.Renames;
import dev.retort.ops.MigrationOp;
import dev.retort.ops.review.Risk;
import dev.retort.ops.review.Risks;
import dev.retort.runtime.AppliedState;
import dev.retort.runtime.Database;
import dev.retort.runtime.Migrator;
import dev.retort.scratch.Scratch;

import java.util.List;

/**
 * {@code revision --autogenerate}: the operations that take the database at head to the entities. Refused
 * when the migrations have several heads or the database is not at head, as Alembic does, except for
 * Retort's own embedded database (no URL configured): that one is local scratch, so it is first brought to
 * head, as Prisma Migrate does with its development database. Prints what it detected.
 */
public final class AutogenerateSource implements UpgradeOpsSource {
    private final Renames renames;

    /** Renames nothing: a dropped and an added column stay a drop and an add. */
    public AutogenerateSource() {
        this(Renames.none());
    }

    /** @param renames the renames the user stated ({@code --rename}) and how to ask about candidates */
    public AutogenerateSource(Renames renames) {
        this.renames = renames;
    }

    @Override
    public List<MigrationOp> upgradeOps(Workspace ws) {
        try (Database db = ws.openDatabase(); Scratch scratch = ws.scratch(db)) {
            var graph = ws.project().graph();
            // an autogenerate follows an edit: the canonical form of the edited tables needs the scratch database,
            // which is made while the entities are scanned
            db.read(c -> {
                dev.retort.autogen.Autogenerator.warmUp(c, scratch);
                return null;
            });
            // a target of the user's is only read: its applied revisions and schema are read while the entities are
            // scanned, in one read-only snapshot of their own (the embedded database may be upgraded first, below).
            // The scan asks the target nothing more, so one session to it is open at a time, as before: a role
            // limited to one connection still works
            boolean embedded = ws.settings().databaseUrl() == null;
            dev.retort.scan.ScanRequest request = EntityComparison.request(ws, db);
            Background<Snapshot> early = embedded ? null : Background.start("retort-target-read",
                    () -> db.read(c -> new Snapshot(db.applied(c, graph), EntityComparison.live(ws, c))));
            SchemaModel scanned = EntityComparison.scan(ws, request);
            if (embedded && HeadGuard.multipleHeads(graph) == null
                    && HeadGuard.notAtHead(graph, db.read(c -> db.applied(c, graph)).heads()) != null) {
                new Migrator(ws.project(), db, step -> { }).upgrade("heads");
                ws.out().println("embedded database upgraded to " + db.read(c -> db.applied(c, graph)).heads() + " first");
            }
            // waited for in either case: its session is closed before the next one opens
            Snapshot read = early == null ? null : early.get();
            Comparison cmp;
            if (read != null && scanned.usedSchemas().isEmpty()) {
                HeadGuard.require(graph, read.applied().heads());
                cmp = db.read(c -> EntityComparison.compare(ws, c, scanned, scratch, renames, read.projectSchema()));
            } else {
                // one read-only snapshot: the applied revisions and the schema compared are the same state
                cmp = db.read(c -> {
                    AppliedState applied = db.applied(c, graph);
                    HeadGuard.require(graph, applied.heads());
                    return EntityComparison.compare(ws, c, scanned, scratch, renames);
                });
            }
            List<List<Risk>> risks = Risks.byOperation(cmp.upgrade());
            for (int i = 0; i < cmp.upgrade().size(); i++) {
                ws.out().println("detected " + cmp.upgrade().get(i).describe());
                for (Risk r : risks.get(i)) {
                    ws.out().println("  ! " + r.message());
                }
            }
            return cmp.upgrade();
        }
    }

    /** The applied revisions and the live project schema, read in one snapshot. */
    private record Snapshot(AppliedState applied, SchemaModel projectSchema) {
    }

    @Override
    public boolean autogenerate() {
        return true;
    }
}
