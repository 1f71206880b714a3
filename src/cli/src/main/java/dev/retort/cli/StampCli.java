package dev.retort.cli;

import dev.retort.command.StampCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;

@Command(name = "stamp", mixinStandardHelpOptions = true,
        description = "Record TARGET as the database's revision without running migrations.")
final class StampCli extends Verb {
    @Parameters(arity = "1..*", paramLabel = "TARGET")
    List<String> targets;

    @Option(names = "--purge", description = "Empty the version table first (also of revisions no migration declares).")
    boolean purge;

    @Option(names = "--sql", description = "Print the SQL instead of running it.")
    boolean sql;

    @Override
    void execute() {
        StampCommand c = new StampCommand(workspace());
        if (sql) {
            for (String t : targets) {
                c.sql(t);
            }
        } else {
            c.run(targets, purge);
        }
    }
}
