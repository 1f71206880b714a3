package dev.retort.cli;

import dev.retort.command.BranchesCommand;
import picocli.CommandLine.Command;

@Command(name = "branches", mixinStandardHelpOptions = true, description = "List branch points.")
final class BranchesCli extends Verb {
    @Override
    void execute() {
        new BranchesCommand(workspace()).run();
    }
}
