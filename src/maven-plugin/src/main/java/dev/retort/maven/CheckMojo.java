package dev.retort.maven;

import dev.retort.check.DriftReport;
import dev.retort.check.ReportFormat;
import dev.retort.command.CheckCommand;
import dev.retort.command.Workspace;
import dev.retort.errors.ErrorKind;
import dev.retort.errors.RetortException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code retort check}: fails the build when the entities (the compiled classes) and the migrations disagree.
 * Writes the report as {@code retort-check.txt}, {@code retort-check.json} and {@code retort-check.md} (for a
 * pull-request comment) into {@code reportDirectory} first, whatever the outcome. With no database URL, or with
 * {@code ci}, it runs on a throwaway embedded PostgreSQL and walks the stairway, as {@code retort check --ci}.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, requiresDependencyResolution = ResolutionScope.COMPILE,
        threadSafe = true)
public final class CheckMojo extends RetortMojo {
    /** Use a throwaway embedded PostgreSQL (and walk the stairway) even when a database URL is configured. */
    @Parameter(property = "retort.ci", defaultValue = "false")
    boolean ci;

    /** Where the reports go. */
    @Parameter(property = "retort.report.dir", defaultValue = "${project.build.directory}")
    File reportDirectory;

    @Override
    String goal() {
        return "check";
    }

    @Override
    void run(Workspace ws) throws MojoFailureException {
        DriftReport report = new CheckCommand(ws).run(ci);
        Path dir = reportDirectory.toPath();
        Path text = dir.resolve("retort-check.txt");
        try {
            Files.createDirectories(dir);
            Files.writeString(text, ReportFormat.TEXT.render(report), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("retort-check.json"), ReportFormat.JSON.render(report), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("retort-check.md"), ReportFormat.MARKDOWN.render(report), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RetortException(ErrorKind.IO, "cannot write the check report into " + dir + ": " + e.getMessage(), e);
        }
        ws.out().print(ReportFormat.TEXT.render(report));
        int exit = report.status().exitCode();
        if (exit != 0) {
            throw new MojoFailureException(Failures.headline(goal(), exit, what(report.status())
                    + "; the report is in " + text + " (and .json, .md next to it)"));
        }
    }

    private static String what(DriftReport.Status status) {
        return switch (status) {
            case DRIFT -> "drift: the entities differ from the migrations; run 'mvn compile retort:revision "
                    + "-Dretort.autogenerate -Dretort.message=\"...\"', review and commit the migration";
            case MULTIPLE_HEADS -> "the migrations have several heads; merge them (retort merge)";
            case NOT_AT_HEAD -> "the database is not at the head; run 'mvn retort:upgrade'";
            case STAIRWAY_FAILED -> "a migration's downgrade does not restore the schema it started from";
            case IN_SYNC -> "in sync";
        };
    }
}
