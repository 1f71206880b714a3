package dev.retort.runtime;

import dev.retort.errors.ErrorKind;
import dev.retort.errors.RetortException;
import dev.retort.revision.RevisionInfo;
import dev.retort.runtime.load.LoadedMigration;
import dev.retort.runtime.version.AppliedRevision;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code retort repair}: accepts a deliberate edit of applied migrations by recording their current
 * checksums, each with an audit line in the version table. Only the version table's checksum and audit
 * columns change; no migration runs and the schema is not touched.
 */
public final class ChecksumRepair {
    private final Project project;
    private final Database db;
    private final String osUser;

    /** What happened to one revision: its audit line, or null when its checksum already matched. */
    public record Outcome(String revision, String source, String auditLine) {
        public boolean changed() {
            return auditLine != null;
        }
    }

    public ChecksumRepair(Project project, Database db) {
        this.project = project;
        this.db = db;
        this.osUser = System.getProperty("user.name", "unknown");
    }

    /** @param specs revision ids, unique prefixes or other specs naming applied revisions */
    public List<Outcome> repair(List<String> specs) {
        if (specs.isEmpty()) {
            throw new RetortException(ErrorKind.USAGE, "repair needs the revisions to accept as edited "
                    + "(see 'retort validate'); it never repairs all of them unasked");
        }
        Set<String> ids = new LinkedHashSet<>();
        for (String spec : specs) {
            List<RevisionInfo> named = project.graph().resolveAll(spec);
            if (named.isEmpty()) {
                throw new RetortException(ErrorKind.TARGET, "'" + spec + "' names no revision; give the revision "
                        + "ids to repair (see 'retort validate')", null, List.of(spec), null, null);
            }
            named.forEach(r -> ids.add(r.id()));
        }
        return db.locked(c -> {
            AppliedState applied = db.applied(c);
            List<String> unapplied = ids.stream().filter(id -> !applied.ids().contains(id)).toList();
            if (!unapplied.isEmpty()) {
                throw new RetortException(ErrorKind.TARGET, "not applied to " + db.display() + ": "
                        + String.join(", ", unapplied) + "; repair records the checksum of an applied migration, and "
                        + "one not applied has none (nothing was changed)", null, unapplied, null, null);
            }
            db.versionTable().createIfMissing(c);
            List<Outcome> out = new ArrayList<>();
            c.setAutoCommit(false);
            try {
                for (String id : ids) {
                    LoadedMigration m = project.migration(id);
                    AppliedRevision row = applied.rows().get(id);
                    if (m.checksum().equals(row.checksum())) {
                        out.add(new Outcome(id, m.source(), null));
                    } else {
                        out.add(new Outcome(id, m.source(), db.versionTable().repairChecksum(c, id, m.checksum(), osUser)));
                    }
                }
                c.commit();
                return out;
            } catch (java.sql.SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        });
    }
}
