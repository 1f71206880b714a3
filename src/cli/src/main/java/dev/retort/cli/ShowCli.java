package dev.retort.cli;

import dev.retort.command.ShowCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "show", mixinStandardHelpOptions = true, description = "Show one revision in full.")
final class ShowCli extends Verb {
    @Parameters(index = "0", paramLabel = "REV")
    String revision;

    @Override
    void execute() {
        new ShowCommand(workspace()).run(revision);
    }
}
