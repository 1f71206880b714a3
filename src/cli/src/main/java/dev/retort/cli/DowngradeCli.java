package dev.retort.cli;

import dev.retort.command.DowngradeCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "downgrade", mixinStandardHelpOptions = true,
        description = "Undo migrations down to TARGET: -N, a revision (kept), base; without TARGET, -1.")
final class DowngradeCli extends Verb {
    @Parameters(index = "0", arity = "0..1", paramLabel = "TARGET",
            description = "Where to go: -N, a revision, base (default: -1, one revision back).")
    String target;

    @Option(names = "--sql", description = "Print the SQL instead of running it; TARGET is a range FROM:TO.")
    boolean sql;

    @Override
    void execute() {
        DowngradeCommand c = new DowngradeCommand(workspace());
        if (sql) {
            c.sql(target == null ? "" : target);
        } else {
            c.run(target == null ? "-1" : target);
        }
    }
}
