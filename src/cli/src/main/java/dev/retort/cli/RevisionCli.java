package dev.retort.cli;

import dev.retort.command.RevisionCommand;
import dev.retort.command.RevisionOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;

@Command(name = "revision", mixinStandardHelpOptions = true,
        description = {"Write a new migration class on top of the current head: empty, or with --autogenerate",
                "the operations that take the database (at head) to the entities."})
final class RevisionCli extends Verb {
    @Option(names = {"-m", "--message"}, required = true, description = "What the revision does.")
    String message;

    @Option(names = "--head", paramLabel = "REV", description = "Build on this revision instead of the single head (base for a new root).")
    String head;

    @Option(names = "--splice", description = "Allow --head to name a revision that has children (starts a branch).")
    boolean splice;

    @Option(names = "--branch-label", paramLabel = "LABEL", description = "Label for the new revision; repeatable.")
    List<String> branchLabels = new ArrayList<>();

    @Option(names = "--depends-on", paramLabel = "REV", description = "A revision the new one depends on; repeatable.")
    List<String> dependsOn = new ArrayList<>();

    @Option(names = "--rev-id", paramLabel = "ID", description = "Use this revision id instead of a random one.")
    String revId;

    @Option(names = "--autogenerate", description = "Compare the entities with the database and write the difference.")
    boolean autogenerate;

    @Option(names = "--rename", paramLabel = "OLD=NEW", description = {
            "With --autogenerate: a column or table the entities renamed, kept with its data instead of dropped",
            "and added: table.old_column=new_column or old_table=new_table; repeatable."})
    List<String> renames = new ArrayList<>();

    @Override
    void execute() {
        RevisionCli.write(workspace(), autogenerate,
                new RevisionOptions(message, head, splice, branchLabels, dependsOn, revId), renames, root.main.terminal());
    }

    static void write(dev.retort.command.Workspace ws, boolean autogenerate, RevisionOptions options) {
        write(ws, autogenerate, options, List.of(), null);
    }

    /**
     * @param renames  the {@code --rename} hints
     * @param terminal where to ask about possible renames no hint settles, or null
     */
    static void write(dev.retort.command.Workspace ws, boolean autogenerate, RevisionOptions options,
                      List<String> renames, Terminal terminal) {
        dev.retort.diff.Renames decide = dev.retort.diff.Renames.of(renames);
        if (!renames.isEmpty() && !autogenerate) {
            throw new dev.retort.errors.RetortException(dev.retort.errors.ErrorKind.USAGE,
                    "--rename needs --autogenerate: an empty revision renames nothing; write op.renameColumn yourself");
        }
        if (terminal != null) {
            decide = decide.withQuestion(c -> terminal.confirm(c.question()));
        }
        dev.retort.command.UpgradeOpsSource source = autogenerate ? new dev.retort.command.AutogenerateSource(decide)
                : dev.retort.command.UpgradeOpsSource.EMPTY;
        new RevisionCommand(ws, source, java.time.Clock.systemUTC()).run(options);
    }
}
