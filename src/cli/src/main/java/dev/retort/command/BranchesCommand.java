package dev.retort.command;

import dev.retort.revision.RevisionGraph;
import dev.retort.revision.RevisionInfo;

import java.util.List;
import java.util.Set;

/** {@code retort branches}: branch points and the revisions they branch into. */
public final class BranchesCommand {
    private final Workspace ws;

    public BranchesCommand(Workspace ws) {
        this.ws = ws;
    }

    public List<RevisionInfo> run() {
        RevisionGraph g = ws.project().graph();
        List<RevisionInfo> points = g.branchPoints();
        for (RevisionInfo r : points) {
            ws.out().println(Describe.id(r, g, Set.of()) + (r.message() == null || r.message().isEmpty() ? "" : ", " + r.message()));
            for (RevisionInfo child : g.children(r.id())) {
                ws.out().println("    -> " + Describe.id(child, g, Set.of())
                        + (child.message() == null || child.message().isEmpty() ? "" : ", " + child.message()));
            }
        }
        return points;
    }
}
