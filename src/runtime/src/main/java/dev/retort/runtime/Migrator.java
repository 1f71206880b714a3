package dev.retort.runtime;

import dev.retort.errors.ErrorKind;
import dev.retort.errors.RetortException;
import dev.retort.revision.RevisionGraph;
import dev.retort.revision.RevisionInfo;
import dev.retort.runtime.load.LoadedMigration;
import dev.retort.runtime.version.AppliedRevision;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Moves a database between revisions: under the migration lock, it re-reads the version table, checks the
 * applied migrations are unchanged, plans the path and runs it one migration (one transaction) at a time.
 */
public final class Migrator {
    private final Project project;
    private final Database db;
    private final Consumer<StepResult> progress;
    private final String appliedBy;

    public Migrator(Project project, Database db, Consumer<StepResult> progress) {
        this.project = project;
        this.db = db;
        this.progress = progress;
        this.appliedBy = System.getProperty("user.name", "unknown");
    }

    /** Applies what {@code target} needs ({@code heads}, {@code head}, a revision, {@code +N}...). */
    public List<StepResult> upgrade(String target) {
        RevisionGraph graph = project.graph();
        return db.locked(c -> {
            AppliedState applied = db.applied(c);
            ChecksumVerifier.verify(project, applied);
            applied = VersionTableCheck.derive(graph, applied, db.versionTable().qualifiedName());
            List<RevisionInfo> path = graph.upgradePath(applied.heads(), target);
            if (path.isEmpty()) {
                return List.of();
            }
            db.versionTable().createIfMissing(c);
            db.useSchema(c);
            Set<String> ids = new LinkedHashSet<>(applied.ids());
            return run(c, path, Direction.UPGRADE, ids);
        });
    }

    /** Un-applies down to {@code target} ({@code base}, a revision, {@code -N}...). */
    public List<StepResult> downgrade(String target) {
        RevisionGraph graph = project.graph();
        return db.locked(c -> {
            AppliedState applied = db.applied(c);
            ChecksumVerifier.verify(project, applied);
            applied = VersionTableCheck.derive(graph, applied, db.versionTable().qualifiedName());
            List<RevisionInfo> path = graph.downgradePath(applied.heads(), target);
            if (path.isEmpty()) {
                return List.of();
            }
            refuseIrreversible(path, target);
            db.useSchema(c);
            Set<String> ids = new LinkedHashSet<>(applied.ids());
            return run(c, path, Direction.DOWNGRADE, ids);
        });
    }

    /** Nothing runs when the path would undo a migration declared {@code @Revision(irreversible = true)}. */
    private void refuseIrreversible(List<RevisionInfo> path, String target) {
        for (RevisionInfo r : path) {
            LoadedMigration m = project.migration(r.id());
            if (m.irreversible()) {
                throw new RetortException(ErrorKind.TARGET, "cannot downgrade to " + target + ": revision " + r.id()
                        + " (" + m.source() + ") is declared irreversible (@Revision(irreversible = true)); "
                        + "choose a target above it (see 'retort history')", m.file(), List.of(r.id()), null, null);
            }
        }
    }

    private List<StepResult> run(Connection c, List<RevisionInfo> path, Direction direction, Set<String> applied)
            throws SQLException {
        StepRunner runner = new StepRunner(db, appliedBy);
        List<StepResult> done = new ArrayList<>();
        // waiting for the disk once per run instead of once per migration; flushed before returning or failing
        db.deferFlush(c);
        try {
            runAll(c, path, direction, applied, runner, done);
        } catch (RuntimeException e) {
            try {
                db.flush(c);
            } catch (SQLException flushFailed) {
                e.addSuppressed(flushFailed);
            }
            throw e;
        }
        db.flush(c);
        return done;
    }

    private void runAll(Connection c, List<RevisionInfo> path, Direction direction, Set<String> applied,
                        StepRunner runner, List<StepResult> done) {
        for (RevisionInfo r : path) {
            LoadedMigration m = project.migration(r.id());
            if (direction == Direction.UPGRADE) {
                applied.add(r.id());
            } else {
                applied.remove(r.id());
            }
            StepResult result = runner.run(c, m, direction, project.graph().appliedHeads(applied));
            done.add(result);
            progress.accept(result);
        }
    }

    /**
     * Records {@code targets} (and everything below them) as the applied state without running anything;
     * {@code purge} first empties the version table (also of revisions no migration declares).
     *
     * @return the new heads
     */
    public SortedSet<String> stamp(List<String> targets, boolean purge) {
        RevisionGraph graph = project.graph();
        Set<String> wanted = new TreeSet<>();
        for (String t : targets) {
            for (RevisionInfo r : graph.resolveAll(t)) {
                wanted.add(r.id());
                wanted.addAll(graph.ancestors(r.id()));
            }
        }
        return db.locked(c -> {
            AppliedState applied = db.applied(c);
            if (!purge) {
                List<ChecksumVerifier.Problem> missing = ChecksumVerifier.problems(project, applied).stream()
                        .filter(p -> p.kind() == ChecksumVerifier.Problem.Kind.MISSING).toList();
                if (!missing.isEmpty()) {
                    ChecksumVerifier.verify(project, applied);
                }
            }
            db.versionTable().createIfMissing(c);
            c.setAutoCommit(false);
            try {
                if (purge) {
                    db.versionTable().deleteAll(c);
                }
                Set<String> present = purge ? Set.of() : applied.ids();
                for (String id : present) {
                    if (!wanted.contains(id)) {
                        db.versionTable().delete(c, id);
                    }
                }
                for (RevisionInfo r : graph.revisions()) {
                    if (wanted.contains(r.id()) && !present.contains(r.id())) {
                        db.versionTable().insert(c, new AppliedRevision(r.id(), project.migration(r.id()).checksum(),
                                Instant.now(), 0, appliedBy, false, AppliedRevision.STAMP));
                    }
                }
                SortedSet<String> heads = wanted.isEmpty() ? new TreeSet<>() : graph.appliedHeads(wanted);
                db.versionTable().markHeads(c, heads);
                c.commit();
                return heads;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        });
    }
}
