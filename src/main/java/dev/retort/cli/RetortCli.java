package dev.retort.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The top command: global flags, then a verb. */
@Command(name = "retort", mixinStandardHelpOptions = true, version = "retort 0.1.0",
        description = "Schema migrations for JPA/Hibernate projects.",
        subcommands = {InitCli.class, RevisionCli.class, UpgradeCli.class, DowngradeCli.class, CurrentCli.class,
                HistoryCli.class, HeadsCli.class, BranchesCli.class, ShowCli.class, StampCli.class, MergeCli.class,
                ResetCli.class, ValidateCli.class})
final class RetortCli implements Runnable {
    final Main main;

    @Mixin
    GlobalOptions options;

    RetortCli(Main main) {
        this.main = main;
    }

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                "name a command, e.g. 'retort upgrade'; see 'retort --help'");
    }
}
