package dev.retort.maven;

import dev.retort.command.DowngradeCommand;
import dev.retort.command.Workspace;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code retort downgrade}: undoes migrations down to {@code target} (default {@code -1}, one revision back); with {@code sql}, prints the SQL of a range instead. */
@Mojo(name = "downgrade", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public final class DowngradeMojo extends RetortMojo {
    /** -N, a revision (kept), base; with {@code sql} a range FROM:TO. */
    @Parameter(property = "retort.target")
    String target;

    /** Print the SQL instead of running it. */
    @Parameter(property = "retort.sql", defaultValue = "false")
    boolean sql;

    @Override
    String goal() {
        return "downgrade";
    }

    @Override
    void run(Workspace ws) {
        DowngradeCommand c = new DowngradeCommand(ws);
        if (sql) {
            c.sql(target == null ? "" : target);
        } else {
            c.run(target == null ? "-1" : target);
        }
    }
}
