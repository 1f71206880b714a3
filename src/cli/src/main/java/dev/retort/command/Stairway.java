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
final class Stairway {
    private final Workspace ws;
    private final Database db;
    private final Autogenerator live;
    /** The schemas besides the project's that the entities use: the walk compares them too. */
    private final java.util.Collection<String> otherSchemas;

    Stairway(Workspace ws, Database db) {
        this(ws, db, List.of());
    }

    Stairway(Workspace ws, Database db, java.util.Collection<String> otherSchemas) {
        this.ws = ws;
        this.db = db;
        this.live = Autogenerator.postgres(EntitySettings.from(ws.settings()).reflectOptions(ws.settings()));
        this.otherSchemas = List.copyOf(otherSchemas);
    }

    /**
     * @param problems what went wrong, empty when every step held
     * @param complete whether the walk reached the heads; false when an upgrade after a downgrade failed,
     *                 which leaves the database in a state no migration describes
     */
    record Result(List<String> problems, boolean complete) {
    }

    Result walk(RevisionGraph g) {
        Migrator migrator = new Migrator(ws.project(), db, step -> { });
        List<String> problems = new ArrayList<>();
        SchemaModel before = snapshot();
        for (RevisionInfo r : g.upgradePath(Set.of(), "heads")) {
            migrator.upgrade(r.id());
            SchemaModel after = snapshot();
            if (ws.project().migration(r.id()).irreversible()) {
                before = after; // declared irreversible: there is no downgrade to check
                continue;
            }
            try {
                migrator.downgrade(r.id() + "-1");
            } catch (RuntimeException e) {
                problems.add(name(r) + ": its downgrade fails: " + message(e));
                before = after;
                continue;
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
                return new Result(problems, false);
            }
            SchemaModel again = snapshot();
            if (!again.equals(after)) {
                problems.add(name(r) + ": upgrading again after its downgrade gives a different schema: "
                        + summary(SchemaDiff.diff(after, again)));
            }
            before = again;
        }
        return new Result(problems, true);
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
