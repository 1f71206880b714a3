package dev.retort.cli;

import dev.retort.command.ResetCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "reset", mixinStandardHelpOptions = true,
        description = "Downgrade to base (dropping what the migrations built, with its data), then upgrade to heads.")
final class ResetCli extends Verb {
    @Option(names = "--yes", arity = "0..1", fallbackValue = "", paramLabel = "DATABASE",
            description = "Confirm that the data may be lost, by typing the database's name back (--yes=NAME); "
                    + "the embedded database needs only --yes.")
    String yes;

    @Override
    void execute() {
        new ResetCommand(workspace()).run(yes);
    }
}
