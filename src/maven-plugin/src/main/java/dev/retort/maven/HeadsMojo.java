package dev.retort.maven;

import dev.retort.command.HeadsCommand;
import dev.retort.command.Workspace;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code retort heads}: lists the head revisions of the migrations. */
@Mojo(name = "heads", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public final class HeadsMojo extends RetortMojo {
    @Parameter(property = "retort.verbose", defaultValue = "false")
    boolean verbose;

    @Override
    String goal() {
        return "heads";
    }

    @Override
    void run(Workspace ws) {
        new HeadsCommand(ws).run(verbose);
    }
}
