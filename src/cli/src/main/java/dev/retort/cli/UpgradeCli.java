package dev.retort.cli;

import dev.retort.command.UpgradeCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "upgrade", mixinStandardHelpOptions = true,
        description = "Apply migrations up to TARGET: heads (default), head, a revision or prefix, +N, label@head.")
final class UpgradeCli extends Verb {
    @Parameters(index = "0", arity = "0..1", paramLabel = "TARGET", defaultValue = UpgradeCommand.DEFAULT_TARGET)
    String target;

    @Option(names = "--sql", description = "Print the SQL instead of running it; TARGET may be a range FROM:TO.")
    boolean sql;

    @Override
    void execute() {
        UpgradeCommand c = new UpgradeCommand(workspace());
        if (sql) {
            c.sql(target);
        } else {
            c.run(target);
        }
    }
}
