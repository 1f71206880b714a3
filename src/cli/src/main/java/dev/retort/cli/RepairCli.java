package dev.retort.cli;

import dev.retort.command.RepairCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.List;

@Command(name = "repair", mixinStandardHelpOptions = true,
        description = "Accept a deliberate edit of applied migrations: record their current checksums, with an "
                + "audit line in the version table. Runs no migration and never changes the schema.")
final class RepairCli extends Verb {
    @Parameters(arity = "0..*", paramLabel = "REVISION")
    List<String> revisions = List.of();

    @Override
    void execute() {
        new RepairCommand(workspace()).run(revisions);
    }
}
