package dev.retort.cli;

import dev.retort.command.RevisionCommand;
import dev.retort.command.RevisionOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;

@Command(name = "revision", mixinStandardHelpOptions = true,
        description = "Write a new, empty migration class on top of the current head.")
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

    @Override
    void execute() {
        new RevisionCommand(workspace()).run(new RevisionOptions(message, head, splice, branchLabels, dependsOn, revId));
    }
}
