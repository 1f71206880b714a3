package dev.retort.maven;

import dev.retort.command.AutogenerateSource;
import dev.retort.command.RevisionCommand;
import dev.retort.command.RevisionOptions;
import dev.retort.command.UpgradeOpsSource;
import dev.retort.command.Workspace;
import dev.retort.diff.Renames;
import dev.retort.errors.ErrorKind;
import dev.retort.errors.RetortException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;


import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code retort revision}: writes a new migration class on top of the head into the migrations folder, empty or,
 * with {@code autogenerate}, with the operations that take the database (at head) to the entities, the project's
 * compiled classes: run it after {@code compile}, as {@code mvn compile retort:revision -Dretort.autogenerate
 * -Dretort.message="add orders"}. Never asks about renames: give them as {@code -Dretort.rename=table.old=new}.
 */
@Mojo(name = "revision", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public final class RevisionMojo extends RetortMojo {
    /** What the revision does. */
    @Parameter(property = "retort.message", required = true)
    String message;

    /** Compare the entities with the database and write the difference. */
    @Parameter(property = "retort.autogenerate", defaultValue = "false")
    boolean autogenerate;

    /** Build on this revision instead of the single head ({@code base} for a new root). */
    @Parameter(property = "retort.head")
    String head;

    /** Allow {@code head} to name a revision that has children (starts a branch). */
    @Parameter(property = "retort.splice", defaultValue = "false")
    boolean splice;

    @Parameter(property = "retort.branchLabels")
    List<String> branchLabels = new ArrayList<>();

    @Parameter(property = "retort.dependsOn")
    List<String> dependsOn = new ArrayList<>();

    /** Use this revision id instead of a random one. */
    @Parameter(property = "retort.revId")
    String revId;

    /** With {@code autogenerate}: {@code table.old_column=new_column} or {@code old_table=new_table}. */
    @Parameter(property = "retort.rename")
    List<String> renames = new ArrayList<>();

    @Override
    String goal() {
        return "revision";
    }

    @Override
    void run(Workspace ws) {
        List<String> rename = renames == null ? List.of() : renames;
        if (!rename.isEmpty() && !autogenerate) {
            throw new RetortException(ErrorKind.USAGE, "retort.rename needs retort.autogenerate: an empty revision "
                    + "renames nothing; write op.renameColumn yourself");
        }
        UpgradeOpsSource source = autogenerate ? new AutogenerateSource(Renames.of(rename)) : UpgradeOpsSource.EMPTY;
        new RevisionCommand(ws, source, Clock.systemUTC()).run(new RevisionOptions(message, head, splice,
                orEmpty(branchLabels), orEmpty(dependsOn), revId));
    }

    private static List<String> orEmpty(List<String> list) {
        return list == null ? List.of() : list;
    }
}
