package dev.retort.cli;

import dev.retort.command.ValidateCommand;
import picocli.CommandLine.Command;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Report applied migrations that were edited or deleted (exit 8) and unapplied ones.")
final class ValidateCli extends Verb {
    @Override
    void execute() {
        new ValidateCommand(workspace()).run();
    }
}
