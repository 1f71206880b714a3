package dev.retort.command;

import dev.retort.autogen.Comparison;
import dev.retort.check.DriftItem;
import dev.retort.check.DriftReport;
import dev.retort.check.DriftReport.Status;
import dev.retort.model.SchemaModel;
import dev.retort.ops.MigrationOp;
import dev.retort.ops.review.Risk;
import dev.retort.ops.review.Risks;
import dev.retort.revision.RevisionGraph;
import dev.retort.runtime.Database;
import dev.retort.embedded.EmbeddedServer;
import dev.retort.scratch.Scratch;
import dev.retort.io.Trees;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code retort check}: do the entities and the migrations agree? Against the configured database, the
 * database must be at the single head and equal the entities. With {@code --ci}, or when no database URL
 * is configured, it needs no database service: it starts a throwaway embedded PostgreSQL, applies every
 * migration from base while walking a stairway (each migration's downgrade must restore the schema it
 * started from, and its upgrade must then work again), compares the result with the entities and stops
 * the server.
 */
public final class CheckCommand {
    private static final Pattern UPPER = Pattern.compile("([a-z0-9])([A-Z])");

    private final Workspace ws;

    public CheckCommand(Workspace ws) {
        this.ws = ws;
    }

    public DriftReport run(boolean ci) {
        RevisionGraph g = ws.project().graph();
        List<String> heads = List.copyOf(HeadGuard.heads(g));
        String multiple = HeadGuard.multipleHeads(g);
        if (multiple != null) {
            return new DriftReport(Status.MULTIPLE_HEADS, List.of(), heads, List.of(), List.of(multiple));
        }
        if (ci || ws.settings().databaseUrl() == null) {
            return throwaway(g, heads);
        }
        try (Database db = ws.openDatabase()) {
            return against(db);
        }
    }

    /**
     * The check against {@code db}, a database the caller opened (and closes): one head, {@code db} at it, and the
     * entities equal to it. The check without {@code --ci} runs this on the configured database.
     */
    public DriftReport against(Database db) {
        RevisionGraph g = ws.project().graph();
        List<String> heads = List.copyOf(HeadGuard.heads(g));
        String multiple = HeadGuard.multipleHeads(g);
        if (multiple != null) {
            return new DriftReport(Status.MULTIPLE_HEADS, List.of(), heads, List.of(), List.of(multiple));
        }
        try (Scratch scratch = ws.scratch(db)) {
            return db.read(c -> {
                dev.retort.runtime.AppliedState applied = db.applied(c);
                // the same refusal as validate: a version table naming unknown revisions or edited migrations,
                // or one that contradicts itself, is refused before anything is compared
                dev.retort.runtime.ChecksumVerifier.verify(ws.project(), applied);
                Set<String> current = dev.retort.runtime.VersionTableCheck.derive(g, applied,
                        db.versionTable().qualifiedName()).heads();
                String behind = HeadGuard.notAtHead(g, current);
                if (behind != null) {
                    return new DriftReport(Status.NOT_AT_HEAD, List.copyOf(current), heads, List.of(), List.of(behind));
                }
                SchemaModel scanned = EntityComparison.scan(ws, c);
                return compared(List.copyOf(current), heads, EntityComparison.compare(ws, c, scanned, scratch), List.of());
            });
        }
    }

    private DriftReport throwaway(RevisionGraph g, List<String> heads) {
        Path state = null;
        try {
            state = Files.createTempDirectory("retort-check-");
            try (EmbeddedServer server = EmbeddedServer.start(state, ws.settings().lockTimeout());
                 Database db = new Database(server, ws.dialect(), ws.versionTable(), ws.settings().lockTimeout())) {
                SchemaModel scanned = EntityComparison.scan(ws, db);
                Stairway stairway = new Stairway(ws, db,
                        scanned.relativeTo(ws.settings().schema()).usedSchemas());
                Stairway.Result walk = stairway.walk(g);
                if (!walk.complete()) {
                    Set<String> current = db.read(db::applied).heads();
                    return new DriftReport(Status.STAIRWAY_FAILED, List.copyOf(current), heads, List.of(), walk.problems());
                }
                try (Scratch scratch = ws.scratch(db)) {
                    return db.read(c -> compared(List.copyOf(db.applied(c).heads()), heads,
                            EntityComparison.compare(ws, c, scanned, scratch), walk.problems()));
                }
            }
        } catch (IOException e) {
            throw new dev.retort.errors.RetortException(dev.retort.errors.ErrorKind.IO,
                    "cannot create a folder for the throwaway database: " + e.getMessage(), e);
        } finally {
            Trees.deleteQuietly(state);
        }
    }

    private static DriftReport compared(List<String> current, List<String> heads, Comparison cmp, List<String> problems) {
        List<DriftItem> items = items(cmp.upgrade());
        Status status = !problems.isEmpty() ? Status.STAIRWAY_FAILED : items.isEmpty() ? Status.IN_SYNC : Status.DRIFT;
        return new DriftReport(status, current, heads, items, problems);
    }

    static List<DriftItem> items(List<MigrationOp> ops) {
        List<List<Risk>> risks = Risks.byOperation(ops);
        List<DriftItem> out = new ArrayList<>();
        for (int i = 0; i < ops.size(); i++) {
            MigrationOp op = ops.get(i);
            // a table of another schema is shown as schema.table (words for a reviewer, not SQL)
            String schema = dev.retort.ops.InSchema.schemaOf(op);
            String table = op.table() == null || schema == null ? op.table() : schema + "." + op.table();
            out.add(new DriftItem(table, kind(dev.retort.ops.InSchema.unwrap(op)), op.describe(),
                    risks.get(i).stream().map(Risk::message).toList()));
        }
        return out;
    }

    /** {@code AddColumn} → {@code add_column}. */
    static String kind(MigrationOp op) {
        Matcher m = UPPER.matcher(op.getClass().getSimpleName());
        return m.replaceAll("$1_$2").toLowerCase(java.util.Locale.ROOT);
    }

}
