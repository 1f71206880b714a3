package dev.retort.maven;

import dev.retort.command.StampCommand;
import dev.retort.command.Workspace;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.util.List;

/** {@code retort stamp}: records {@code targets} as the database's revision without running migrations; with {@code sql}, prints the SQL instead. */
@Mojo(name = "stamp", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public final class StampMojo extends RetortMojo {
    /** The revisions to record: {@code -Dretort.target=heads}, or several, comma-separated. */
    @Parameter(property = "retort.target", required = true)
    List<String> targets;

    /** Empty the version table first (also of revisions no migration declares). */
    @Parameter(property = "retort.purge", defaultValue = "false")
    boolean purge;

    /** Print the SQL instead of running it. */
    @Parameter(property = "retort.sql", defaultValue = "false")
    boolean sql;

    @Override
    String goal() {
        return "stamp";
    }

    @Override
    void run(Workspace ws) {
        StampCommand c = new StampCommand(ws);
        if (sql) {
            targets.forEach(c::sql);
        } else {
            c.run(targets, purge);
        }
    }
}
