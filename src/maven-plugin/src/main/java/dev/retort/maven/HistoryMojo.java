package dev.retort.maven;

import dev.retort.command.HistoryCommand;
import dev.retort.command.Workspace;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code retort history}: lists the revisions, newest first; {@code range} as FROM:TO. */
@Mojo(name = "history", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public final class HistoryMojo extends RetortMojo {
    /** FROM:TO, such as base:head, ae1:, -3:current. */
    @Parameter(property = "retort.range")
    String range;

    @Parameter(property = "retort.verbose", defaultValue = "false")
    boolean verbose;

    @Override
    String goal() {
        return "history";
    }

    @Override
    void run(Workspace ws) {
        new HistoryCommand(ws).run(range, verbose);
    }
}
