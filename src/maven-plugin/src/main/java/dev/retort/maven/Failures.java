package dev.retort.maven;

import dev.retort.cli.ExitCodes;
import dev.retort.cli.Hints;
import dev.retort.config.Secrets;
import dev.retort.errors.ErrorKind;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * A goal's failure as Maven reports it: Retort's message (passwords removed) and the exit code the command line
 * would have exited with ({@code docs/exit-codes.md}), as {@code retort upgrade: exit 4 — cannot connect ...}.
 * The stack trace is shown only with {@code mvn -e}, except for a bug in Retort (exit 70).
 */
final class Failures {
    private Failures() {
    }

    static Exception of(String goal, RuntimeException e) {
        ErrorKind kind = ExitCodes.kind(e);
        String text = e.getMessage() == null ? e.toString() : e.getMessage();
        String message = headline(goal, kind.exitCode(), Secrets.redactText(text + Hints.forError(e)));
        if (kind == ErrorKind.INTERNAL) {
            return new MojoExecutionException(message + " (a bug in Retort; please report it)", e);
        }
        return new MojoFailureException(message, e);
    }

    static String headline(String goal, int exitCode, String message) {
        return "retort " + goal + ": exit " + exitCode + " \u2014 " + message;
    }
}
