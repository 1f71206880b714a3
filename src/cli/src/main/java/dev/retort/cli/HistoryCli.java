package dev.retort.cli;

import dev.retort.command.HistoryCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "history", mixinStandardHelpOptions = true, description = "List revisions, newest first.")
final class HistoryCli extends Verb {
    @Option(names = {"-r", "--rev-range"}, paramLabel = "RANGE", description = "FROM:TO, e.g. base:head, ae1:, -3:current.")
    String range;

    @Option(names = {"-v", "--verbose"}, description = "Show each revision in full.")
    boolean verbose;

    @Override
    void execute() {
        new HistoryCommand(workspace()).run(range, verbose);
    }
}
