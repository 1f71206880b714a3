package dev.retort.cli;

import dev.retort.config.Secrets;
import dev.retort.errors.ErrorKind;
import picocli.CommandLine;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code retort} command line. {@link #run} returns the exit code instead of exiting, with output,
 * environment and working directory injectable, so tests drive it in-process.
 */
public final class Main {
    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;
    private final Path workDir;
    private final List<String> secrets = new ArrayList<>();

    private final Terminal terminal;

    public Main(PrintStream out, PrintStream err, Map<String, String> env, Path workDir) {
        this(out, err, env, workDir, Terminal.system());
    }

    /** @param terminal where questions are asked, or null: never ask */
    Main(PrintStream out, PrintStream err, Map<String, String> env, Path workDir, Terminal terminal) {
        this.out = out;
        this.err = err;
        this.env = env;
        this.workDir = workDir;
        this.terminal = terminal;
    }

    /** The interactive terminal, or null. */
    Terminal terminal() {
        return terminal;
    }

    public static void main(String[] args) {
        quietLibraries();
        int code = new Main(System.out, System.err, System.getenv(), Path.of("").toAbsolutePath()).run(args);
        System.out.flush();
        System.exit(code);
    }

    /**
     * Hibernate and SchemaCrawler log through java.util.logging; their start-up banners are noise on a
     * command line. Warnings and errors still show. Set RETORT_DEBUG=1 to see everything.
     */
    private static void quietLibraries() {
        if (System.getenv("RETORT_DEBUG") == null) {
            for (String name : new String[]{"org.hibernate", "schemacrawler", "us.fatehi"}) {
                java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
                logger.setLevel(java.util.logging.Level.WARNING);
                QUIETED.add(logger); // a logger nobody references can be collected, and forget its level
            }
        }
    }

    private static final java.util.List<java.util.logging.Logger> QUIETED = new java.util.ArrayList<>();

    /** Runs one command; returns its exit code (see {@code docs/exit-codes.md}). */
    public int run(String... args) {
        CommandLine cli = RetortCli.commandLine(this, args);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setExecutionExceptionHandler((e, line, parsed) -> fail(e));
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("error: " + redact(e.getMessage()));
            err.println("see 'retort " + commandName(e.getCommandLine()) + "--help'");
            return ErrorKind.USAGE.exitCode();
        });
        // picocli takes an unknown option that looks like a negative number (downgrade -2) as a parameter
        return cli.execute(args);
    }

    private int fail(Exception e) {
        err.println("error: " + redact((e.getMessage() == null ? e.toString() : e.getMessage()) + Hints.forError(e)));
        ErrorKind kind = ExitCodes.kind(e);
        if (kind == ErrorKind.INTERNAL || env.containsKey("RETORT_DEBUG")) {
            java.io.StringWriter trace = new java.io.StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            err.print(redact(trace.toString()));
        }
        return kind.exitCode();
    }

    private static String commandName(CommandLine line) {
        return line.getParent() == null ? "" : line.getCommandName() + " ";
    }

    private String redact(String text) {
        String s = Secrets.redactUrl(text);
        for (String secret : secrets) {
            s = Secrets.redact(s, secret);
        }
        return s;
    }

    PrintStream out() {
        return out;
    }

    Map<String, String> env() {
        return env;
    }

    Path workDir() {
        return workDir;
    }

    /** A value to blank out of every message (the resolved password). */
    void secret(String value) {
        if (value != null && !value.isEmpty()) {
            secrets.add(value);
        }
    }
}
