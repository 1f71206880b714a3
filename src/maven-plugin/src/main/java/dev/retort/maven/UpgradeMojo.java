package dev.retort.maven;

import dev.retort.command.UpgradeCommand;
import dev.retort.command.Workspace;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code retort upgrade}: applies the migrations up to {@code target} (default {@code heads}); with {@code sql}, prints the SQL instead. */
@Mojo(name = "upgrade", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public final class UpgradeMojo extends RetortMojo {
    /** heads (default), head, a revision or prefix, +N, label@head; with {@code sql} a range FROM:TO. */
    @Parameter(property = "retort.target", defaultValue = UpgradeCommand.DEFAULT_TARGET)
    String target;

    /** Print the SQL instead of running it. */
    @Parameter(property = "retort.sql", defaultValue = "false")
    boolean sql;

    @Override
    String goal() {
        return "upgrade";
    }

    @Override
    void run(Workspace ws) {
        UpgradeCommand c = new UpgradeCommand(ws);
        if (sql) {
            c.sql(target);
        } else {
            c.run(target);
        }
    }
}
