package dev.retort.command;

import dev.retort.errors.ErrorKind;
import dev.retort.errors.RetortException;
import dev.retort.revision.RevisionInfo;
import dev.retort.runtime.AppliedState;
import dev.retort.runtime.ChecksumVerifier;
import dev.retort.runtime.Database;
import dev.retort.runtime.Project;
import dev.retort.runtime.VersionTableCheck;

import java.util.List;

/**
 * {@code retort validate}: lists applied migrations that were edited or deleted (a failure) and migrations
 * not applied yet (information).
 */
public final class ValidateCommand {
    private final Workspace ws;

    /** @param problems edited or missing; @param unapplied revision ids not in the version table */
    public record Report(List<ChecksumVerifier.Problem> problems, List<String> unapplied) {
    }

    public ValidateCommand(Workspace ws) {
        this.ws = ws;
    }

    /** @throws RetortException VALIDATION when an applied migration was edited or deleted (after printing the report) */
    public Report run() {
        Project project = ws.project();
        AppliedState applied;
        try (Database db = ws.openDatabase()) {
            applied = db.read(db::applied);
        }
        List<ChecksumVerifier.Problem> problems = ChecksumVerifier.problems(project, applied);
        List<String> contradictions = VersionTableCheck.contradictions(project.graph(), applied);
        List<String> unapplied = project.graph().revisions().stream().map(RevisionInfo::id)
                .filter(id -> !applied.ids().contains(id)).toList();
        for (ChecksumVerifier.Problem p : problems) {
            ws.out().println(p.kind().name().toLowerCase() + ": " + p.message());
        }
        for (String id : unapplied) {
            ws.out().println("unapplied: " + id + " (" + project.migration(id).source() + ")");
        }
        for (String c : contradictions) {
            ws.out().println("inconsistent: " + c);
        }
        if (!contradictions.isEmpty()) {
            throw new RetortException(ErrorKind.VALIDATION, "the version table " + ws.versionTable().qualifiedName()
                    + " contradicts itself or the migrations (" + contradictions.size() + " problem(s) above); "
                    + "find out which migrations the schema really has, then record that state with "
                    + "'retort stamp <revision>'", null, List.of(), ws.versionTable().qualifiedName(), null);
        }
        if (!problems.isEmpty()) {
            throw new RetortException(ErrorKind.VALIDATION, problems.size() + " applied migration(s) edited or missing: "
                    + String.join(", ", problems.stream().map(ChecksumVerifier.Problem::revision).toList()), null,
                    problems.stream().map(ChecksumVerifier.Problem::revision).toList(), null, null);
        }
        ws.out().println("ok: " + applied.ids().size() + " applied migration(s) unchanged, " + unapplied.size() + " unapplied");
        return new Report(problems, unapplied);
    }
}
