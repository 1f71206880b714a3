package dev.retort.command;

import dev.retort.revision.RevisionGraph;
import dev.retort.revision.RevisionInfo;

import java.util.List;
import java.util.Set;

/** {@code retort heads}: revisions no other revision builds on. */
public final class HeadsCommand {
    private final Workspace ws;

    public HeadsCommand(Workspace ws) {
        this.ws = ws;
    }

    public List<RevisionInfo> run(boolean verbose) {
        RevisionGraph g = ws.project().graph();
        List<RevisionInfo> heads = g.heads();
        for (RevisionInfo r : heads) {
            if (verbose) {
                Describe.verbose(r, g, ws.project().migrations().get(r.id()), Set.of()).forEach(ws.out()::println);
            } else {
                ws.out().println(Describe.id(r, g, Set.of()) + (r.message() == null || r.message().isEmpty() ? "" : ", " + r.message()));
            }
        }
        return heads;
    }
}
