package dev.retort.command;

import dev.retort.revision.RevisionGraph;
import dev.retort.revision.RevisionInfo;
import dev.retort.runtime.Database;
import dev.retort.runtime.Project;

import java.util.List;
import java.util.Set;

/** {@code retort history [-r RANGE]}: revisions newest first; {@code current} in a range reads the database. */
public final class HistoryCommand {
    private final Workspace ws;

    public HistoryCommand(Workspace ws) {
        this.ws = ws;
    }

    public List<RevisionInfo> run(String range, boolean verbose) {
        Project project = ws.project();
        RevisionGraph g = project.graph();
        Set<String> current = Set.of();
        if (range != null && range.contains("current")) {
            try (Database db = ws.openDatabase()) {
                current = db.read(c -> db.applied(c, g)).heads();
            }
        }
        List<RevisionInfo> revisions = range == null || range.isBlank()
                ? g.iterate(null, null) : g.range(range, current);
        for (RevisionInfo r : revisions) {
            if (verbose) {
                Describe.verbose(r, g, project.migrations().get(r.id()), current).forEach(ws.out()::println);
            } else {
                ws.out().println(Describe.line(r, g, current));
            }
        }
        return revisions;
    }
}
