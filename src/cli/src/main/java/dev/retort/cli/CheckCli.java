package dev.retort.cli;

import dev.retort.check.DriftReport;
import dev.retort.check.ReportFormat;
import dev.retort.command.CheckCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code retort check [--format text|json|markdown] [--ci]}. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Fail when the entities and the migrations disagree (exit 1 on drift).",
                "With --ci, or when no database URL is configured, runs on a throwaway embedded PostgreSQL:",
                "applies every migration from base, checks each downgrade (stairway), compares with the entities."})
final class CheckCli extends Verb {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json or markdown (for pull-request comments). Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--ci", description = "Use a throwaway embedded PostgreSQL and walk the stairway.")
    boolean ci;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private int exit;

    @Override
    void execute() {
        ReportFormat f;
        try {
            f = ReportFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        DriftReport report = new CheckCommand(workspace()).run(ci);
        root.main.out().print(f.render(report));
        exit = report.status().exitCode();
    }

    @Override
    int exitCode() {
        return exit;
    }
}
