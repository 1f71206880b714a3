package dev.retort.command;

import dev.retort.diff.SchemaDiff;
import dev.retort.model.SchemaModel;
import dev.retort.autogen.Autogenerator;
import dev.retort.ops.MigrationOp;
import dev.retort.revision.RevisionGraph;
import dev.retort.revision.RevisionInfo;
import dev.retort.runtime.Database;
import dev.retort.runtime.Migrator;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Applies every migration from base one at a time and, after each, runs its downgrade and its upgrade
 * again (except for migrations declared {@code @Revision(irreversible = true)}). A downgrade must restore exactly the schema the migration started from; the upgrade after it
 * must reach the same schema as the first time. Each failure is reported with the revision, its file and
 * what differs.
 */
public final class Stairway {
    private final Workspace ws;
    private final Database db;
    private final Autogenerator live;
    /** The schemas besides the project's that the entities use: the walk compares them too. */
    private final java.util.Collection<String> otherSchemas;

    public Stairway(Workspace ws, Database db) {
        this(ws, db, List.of());
    }

    public Stairway(Workspace ws, Database db, java.util.Collection<String> otherSchemas) {
        this.ws = ws;
        this.db = db;
        this.live = Autogenerator.postgres(EntitySettings.from(ws.settings()).reflectOptions(ws.settings()));
        this.otherSchemas = List.copyOf(otherSchemas);
    }

    /**
     * The stairway {@code check --ci} walks, comparing the schemas besides the project's that the configured entities
     * use too (scanned for the server behind {@code db}).
     */
    public static Stairway forEntities(Workspace ws, Database db) {
        SchemaModel scanned = EntityComparison.scan(ws, db);
        return new Stairway(ws, db, scanned.relativeTo(ws.settings().schema()).usedSchemas());
    }

    /**
     * @param problems what went wrong, empty when every step held
     * @param complete whether the walk reached the heads; false when an upgrade after a downgrade failed,
     *                 which leaves the database in a state no migration describes
     */
    public record Result(List<String> problems, boolean complete) {
    }

    private Migrator migrator;
    private SchemaModel before;
    private String stoppedAt;

    /** Every revision from base to the heads, one {@link #step} each. */
    public Result walk(RevisionGraph g) {
        List<String> problems = new ArrayList<>();
        for (RevisionInfo r : g.upgradePath(Set.of(), "heads")) {
            problems.addAll(step(r));
            if (stoppedAt != null) {
                return new Result(problems, false);
            }
        }
        return new Result(problems, true);
    }

    /**
     * One step of the stairway: upgrades to {@code r} (the next revision of the path from base; the first step
     * upgrades to its parents first), downgrades one step, compares with the schema before it, and upgrades again.
     *
     * @return what went wrong at {@code r}, each naming the revision and its file; empty when the step held
     */
    public List<String> step(RevisionInfo r) {
        if (stoppedAt != null) {
            return List.of(name(r) + ": not walked: the stairway stopped at " + stoppedAt);
        }
        if (migrator == null) {
            migrator = new Migrator(ws.project(), db, step -> { });
            // a walk starts at base; a single step (one dynamic test of retort-junit) starts at its parents
            for (String parent : r.parents()) {
                migrator.upgrade(parent);
            }
            before = snapshot();
        }
        List<String> problems = new ArrayList<>();
        try {
            migrator.upgrade(r.id());
        } catch (RuntimeException e) {
            stoppedAt = name(r); // a failing upgrade is the migration's error, with its own exit code, as for upgrade
            throw e;
        }
        SchemaModel after = snapshot();
        if (ws.project().migration(r.id()).irreversible()) {
            before = after; // declared irreversible: there is no downgrade to check
            return problems;
        }
        try {
            migrator.downgrade(r.id() + "-1");
        } catch (RuntimeException e) {
            problems.add(name(r) + ": its downgrade fails: " + message(e));
            before = after;
            return problems;
        }
        SchemaModel down = snapshot();
        if (!down.equals(before)) {
            problems.add(name(r) + ": its downgrade does not restore the schema it started from; to get back, "
                    + "it would still need: " + summary(SchemaDiff.diff(before, down)));
        }
        try {
            migrator.upgrade(r.id());
        } catch (RuntimeException e) {
            problems.add(name(r) + ": upgrading again after its downgrade fails: " + message(e)
                    + " (the stairway stops here)");
            stoppedAt = name(r);
            return problems;
        }
        SchemaModel again = snapshot();
        if (!again.equals(after)) {
            problems.add(name(r) + ": upgrading again after its downgrade gives a different schema: "
                    + summary(SchemaDiff.diff(after, again)));
        }
        before = again;
        return problems;
    }

    private SchemaModel snapshot() {
        return db.read(c -> live.live(c, otherSchemas).comparable());
    }

    private String name(RevisionInfo r) {
        String file = r.source() == null ? "" : " (" + r.source() + ")";
        return "revision " + r.id() + file;
    }

    private static String summary(List<MigrationOp> ops) {
        return ops.stream().map(MigrationOp::describe).collect(Collectors.joining("; "));
    }

    /** The whole message, lines joined, so the database's cause ("already exists") is kept. */
    private static String message(RuntimeException e) {
        String s = e.getMessage();
        return s == null ? e.toString() : s.strip().replaceAll("\\s*\\n\\s*", " / ");
    }
}
