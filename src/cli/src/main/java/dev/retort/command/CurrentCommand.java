package dev.retort.command;

import dev.retort.errors.ErrorKind;
import dev.retort.errors.RetortException;
import dev.retort.revision.RevisionGraph;
import dev.retort.revision.RevisionInfo;
import dev.retort.runtime.AppliedState;
import dev.retort.runtime.Database;
import dev.retort.runtime.Project;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** {@code retort current}: the revisions the database is at (the applied heads); nothing printed at base. */
public final class CurrentCommand {
    private final Workspace ws;

    public CurrentCommand(Workspace ws) {
        this.ws = ws;
    }

    /**
     * @param checkHeads fail (VALIDATION) unless the database is at the graph's heads
     * @return the current revision ids
     */
    public Set<String> run(boolean verbose, boolean checkHeads) {
        Project project = ws.project();
        RevisionGraph g = project.graph();
        AppliedState applied;
        try (Database db = ws.openDatabase()) {
            applied = db.read(c -> db.applied(c, g));
        }
        Set<String> current = applied.heads();
        for (String id : current) {
            if (!g.contains(id)) {
                ws.out().println(id + " (no migration declares it)");
            } else if (verbose) {
                Describe.verbose(g.get(id), g, project.migrations().get(id), current).forEach(ws.out()::println);
            } else {
                ws.out().println(Describe.id(g.get(id), g, current));
            }
        }
        if (checkHeads) {
            // the same conditions as 'retort check' and 'revision --autogenerate', with the same exit codes
            HeadGuard.require(g, current);
        }
        return current;
    }
}
