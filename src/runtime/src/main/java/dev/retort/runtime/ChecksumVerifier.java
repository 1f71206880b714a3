package dev.retort.runtime;

import dev.retort.errors.ErrorKind;
import dev.retort.errors.RetortException;
import dev.retort.runtime.load.LoadedMigration;
import dev.retort.runtime.version.AppliedRevision;

import java.util.ArrayList;
import java.util.List;

/** Compares the version table with the migrations: an applied one must still exist, unchanged. */
public final class ChecksumVerifier {
    private ChecksumVerifier() {
    }

    /** A mismatch between the version table and the migrations. */
    public record Problem(Kind kind, String revision, String source, String message) {
        public enum Kind { EDITED, MISSING }
    }

    public static List<Problem> problems(Project project, AppliedState applied) {
        List<Problem> out = new ArrayList<>();
        for (AppliedRevision row : applied.rows().values()) {
            LoadedMigration m = project.migrations().get(row.revision());
            if (m == null) {
                out.add(new Problem(Problem.Kind.MISSING, row.revision(), null, "revision " + row.revision()
                        + " is applied to the database but no migration declares it (was its file deleted?); "
                        + "restore the file, or record the state you want with 'retort stamp <revision> --purge'"));
            } else if (dev.retort.runtime.load.Checksums.comparable(m.checksum(), row.checksum())
                    && !m.matches(row.checksum())) {
                // a source checksum recorded by the command line cannot be compared with a class file's
                out.add(new Problem(Problem.Kind.EDITED, row.revision(), m.source(), m.source() + " (revision "
                        + row.revision() + ") was edited after it was applied; revert the edit, or put the change "
                        + "in a new revision (to accept the edit as applied: 'retort repair " + row.revision() + "')"));
            }
        }
        return out;
    }

    /** @throws RetortException VALIDATION naming every edited or missing migration */
    public static void verify(Project project, AppliedState applied) {
        List<Problem> problems = problems(project, applied);
        if (problems.isEmpty()) {
            return;
        }
        List<String> ids = problems.stream().map(Problem::revision).toList();
        String first = problems.get(0).source();
        throw new RetortException(ErrorKind.VALIDATION, String.join("\n",
                problems.stream().map(Problem::message).toList()) + "\nnothing was run.",
                first == null ? null : project.migration(problems.get(0).revision()).file(), ids, null, null);
    }
}
