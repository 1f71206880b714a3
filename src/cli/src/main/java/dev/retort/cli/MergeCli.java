package dev.retort.cli;

import dev.retort.command.RevisionCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;

@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Write a migration joining two or more revisions (e.g. heads) into one.")
final class MergeCli extends Verb {
    @Option(names = {"-m", "--message"}, required = true, description = "What the merge is for.")
    String message;

    @Option(names = "--rev-id", paramLabel = "ID", description = "Use this revision id instead of a random one.")
    String revId;

    @Parameters(arity = "1..*", paramLabel = "REVS", description = "Revisions to join, or 'heads'.")
    List<String> revisions;

    @Override
    void execute() {
        new RevisionCommand(workspace()).merge(message, revisions, revId);
    }
}
