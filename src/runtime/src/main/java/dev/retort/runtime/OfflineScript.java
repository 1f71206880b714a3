package dev.retort.runtime;

import dev.retort.dialect.Dialect;
import dev.retort.errors.ErrorKind;
import dev.retort.errors.RetortException;
import dev.retort.ops.MigrationOp;
import dev.retort.revision.RevisionGraph;
import dev.retort.revision.RevisionInfo;
import dev.retort.runtime.load.LoadedMigration;
import dev.retort.runtime.version.AppliedRevision;
import dev.retort.runtime.version.OfflineVersionSql;
import dev.retort.runtime.version.VersionTable;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Offline mode ({@code --sql}): the SQL of a range of migrations plus the version-table statements, as
 * text for a DBA, without connecting to any database. The range is {@code from:to}; without {@code from:}
 * upgrades start at base and downgrades need it.
 */
public final class OfflineScript {
    private final Project project;
    private final Dialect dialect;
    private final VersionTable table;
    private final OfflineVersionSql versionSql;

    public OfflineScript(Project project, Dialect dialect, VersionTable table) {
        this.project = project;
        this.dialect = dialect;
        this.table = table;
        this.versionSql = new OfflineVersionSql(table);
    }

    /** A range {@code from:to}; a missing {@code from} means {@code defaultFrom}. */
    public record Range(String from, String to) {
        public static Range parse(String spec, String defaultFrom, String command) {
            int colon = spec.indexOf(':');
            if (colon < 0) {
                if (defaultFrom == null) {
                    throw new RetortException(ErrorKind.USAGE, command + " --sql needs a range FROM:TO (e.g. head:base), "
                            + "because offline mode cannot read the current revision from the database; got '" + spec + "'");
                }
                return new Range(defaultFrom, spec);
            }
            return new Range(spec.substring(0, colon), spec.substring(colon + 1));
        }
    }

    public String upgrade(Range range) {
        RevisionGraph graph = project.graph();
        Set<String> applied = closure(range.from());
        List<RevisionInfo> path = graph.upgradePath(heads(applied), range.to());
        StringBuilder out = header("upgrade " + range(range, path.size()));
        if (applied.isEmpty()) {
            for (String s : table.createStatements()) {
                out.append(s).append(";\n\n");
            }
        }
        out.append("SET search_path TO ").append(dialect.quote(table.schema())).append(";\n\n");
        for (RevisionInfo r : path) {
            applied.add(r.id());
            step(out, project.migration(r.id()), Direction.UPGRADE, heads(applied));
        }
        return footer(out);
    }

    public String downgrade(Range range) {
        RevisionGraph graph = project.graph();
        Set<String> applied = closure(range.from());
        List<RevisionInfo> path = graph.downgradePath(heads(applied), range.to());
        StringBuilder out = header("downgrade " + range(range, path.size()));
        out.append("SET search_path TO ").append(dialect.quote(table.schema())).append(";\n\n");
        for (RevisionInfo r : path) {
            applied.remove(r.id());
            step(out, project.migration(r.id()), Direction.DOWNGRADE, heads(applied));
        }
        return footer(out);
    }

    /** The version-table statements that record {@code target} as the state, replacing whatever is there. */
    public String stamp(String target) {
        Set<String> applied = closure(target);
        StringBuilder out = header("stamp " + target);
        for (String s : table.createStatements()) {
            out.append(s).append(";\n\n");
        }
        out.append("BEGIN;\n\nDELETE FROM ").append(table.qualifiedName()).append(";\n");
        for (RevisionInfo r : project.graph().revisions()) {
            if (applied.contains(r.id())) {
                out.append(versionSql.insert(r.id(), project.migration(r.id()).checksum(), appliedBy(),
                        AppliedRevision.STAMP)).append(";\n");
            }
        }
        out.append(versionSql.markHeads(heads(applied))).append(";\n\nCOMMIT;\n\n");
        return footer(out);
    }

    private void step(StringBuilder out, LoadedMigration m, Direction direction, Set<String> headsAfter) {
        boolean transactional = dialect.transactionalDdl() && m.transactional();
        out.append("-- ").append(direction.word()).append(' ').append(m.id())
                .append(m.message().isEmpty() ? "" : ": " + m.message()).append(" (").append(m.source()).append(")\n");
        if (transactional) {
            out.append("BEGIN;\n\n");
        }
        List<MigrationOp> ops = OpsBridge.record(m.newInstance(), direction, true);
        out.append(OpsBridge.sql(dialect, ops));
        if (direction == Direction.UPGRADE) {
            out.append(versionSql.insert(m.id(), m.checksum(), appliedBy(), AppliedRevision.UPGRADE)).append(";\n");
        } else {
            out.append(versionSql.delete(m.id())).append(";\n");
        }
        out.append(versionSql.markHeads(headsAfter)).append(";\n\n");
        if (transactional) {
            out.append("COMMIT;\n\n");
        }
    }

    /**
     * The start of every script, for psql: stop at the first error (a later step must not run on top of a
     * failed one), then wait for the migration lock an online run takes, on the same key, held by this
     * session until {@link #footer} (or until psql exits, on an error).
     */
    private StringBuilder header(String what) {
        return new StringBuilder("\\set ON_ERROR_STOP on\n")
                .append("-- Retort offline ").append(what).append("\n")
                .append("-- run with psql; it stops at the first error and holds Retort's migration lock meanwhile\n\n")
                .append("SELECT pg_advisory_lock(").append(lockKey()).append(");\n\n");
    }

    private String footer(StringBuilder out) {
        return out.append("SELECT pg_advisory_unlock(").append(lockKey()).append(");\n").toString();
    }

    private long lockKey() {
        return dev.retort.runtime.lock.MigrationLock.key(table.schema(), table.table());
    }

    private static String range(Range range, int count) {
        return range.from() + ":" + range.to() + " (" + count + (count == 1 ? " migration" : " migrations") + ")";
    }

    /** The revisions a spec names and everything below them. */
    private Set<String> closure(String spec) {
        Set<String> out = new LinkedHashSet<>();
        for (RevisionInfo r : project.graph().resolveAll(spec)) {
            out.addAll(project.graph().ancestors(r.id()));
            out.add(r.id());
        }
        return out;
    }

    private Set<String> heads(Set<String> applied) {
        return applied.isEmpty() ? new TreeSet<>() : project.graph().appliedHeads(applied);
    }

    private static String appliedBy() {
        return System.getProperty("user.name", "unknown");
    }
}
