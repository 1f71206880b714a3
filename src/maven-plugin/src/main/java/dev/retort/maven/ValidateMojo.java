package dev.retort.maven;

import dev.retort.command.ValidateCommand;
import dev.retort.command.Workspace;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code retort validate}: fails (exit 8) when an applied migration was edited or deleted; lists the unapplied ones. */
@Mojo(name = "validate", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public final class ValidateMojo extends RetortMojo {

    @Override
    String goal() {
        return "validate";
    }

    @Override
    void run(Workspace ws) {
        new ValidateCommand(ws).run();
    }
}
