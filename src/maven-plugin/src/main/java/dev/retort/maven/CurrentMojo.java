package dev.retort.maven;

import dev.retort.command.CurrentCommand;
import dev.retort.command.Workspace;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code retort current}: shows the revision(s) the database is at; with {@code checkHeads}, fails unless the migrations have one head (exit 13) and the database is at it (exit 14). */
@Mojo(name = "current", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public final class CurrentMojo extends RetortMojo {
    @Parameter(property = "retort.verbose", defaultValue = "false")
    boolean verbose;

    @Parameter(property = "retort.checkHeads", defaultValue = "false")
    boolean checkHeads;

    @Override
    String goal() {
        return "current";
    }

    @Override
    void run(Workspace ws) {
        new CurrentCommand(ws).run(verbose, checkHeads);
    }
}
