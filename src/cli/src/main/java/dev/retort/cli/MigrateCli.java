package dev.retort.cli;

import dev.retort.command.RevisionOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.util.List;

/** Flask-Migrate's {@code flask db migrate -m MSG}: {@code revision --autogenerate -m MSG}. */
@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = "Alias of 'revision --autogenerate' (Flask-Migrate's 'db migrate').")
final class MigrateCli extends Verb {
    @Option(names = {"-m", "--message"}, required = true, description = "What the revision does.")
    String message;

    @Option(names = "--rev-id", paramLabel = "ID", description = "Use this revision id instead of a random one.")
    String revId;

    @Override
    void execute() {
        RevisionCli.write(workspace(), true, new RevisionOptions(message, null, false, List.of(), List.of(), revId));
    }
}
