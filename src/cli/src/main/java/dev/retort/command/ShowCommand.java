package dev.retort.command;

import dev.retort.errors.ErrorKind;
import dev.retort.errors.RetortException;
import dev.retort.revision.RevisionGraph;
import dev.retort.revision.RevisionInfo;

import java.util.List;
import java.util.Set;

/** {@code retort show REV}: one revision in full. */
public final class ShowCommand {
    private final Workspace ws;

    public ShowCommand(Workspace ws) {
        this.ws = ws;
    }

    public List<RevisionInfo> run(String spec) {
        RevisionGraph g = ws.project().graph();
        List<RevisionInfo> revisions = g.resolveAll(spec);
        if (revisions.isEmpty()) {
            throw new RetortException(ErrorKind.TARGET, "'" + spec + "' means base, which is no revision; name a revision");
        }
        for (RevisionInfo r : revisions) {
            Describe.verbose(r, g, ws.project().migrations().get(r.id()), Set.of()).forEach(ws.out()::println);
        }
        return revisions;
    }
}
