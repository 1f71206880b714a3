package dev.retort.cli;

import dev.retort.command.CurrentCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "current", mixinStandardHelpOptions = true,
        description = "Show the revision(s) the database is at; nothing at base.")
final class CurrentCli extends Verb {
    @Option(names = {"-v", "--verbose"}, description = "Show each revision in full.")
    boolean verbose;

    @Option(names = "--check-heads", description = "Fail unless the migrations have one head (exit 13) and the database is at it (exit 14).")
    boolean checkHeads;

    @Override
    void execute() {
        new CurrentCommand(workspace()).run(verbose, checkHeads);
    }
}
