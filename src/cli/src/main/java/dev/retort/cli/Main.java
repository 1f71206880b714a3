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
     * Libraries (the PostgreSQL driver, Hibernate, SchemaCrawler, the embedded server; SLF4J goes to
     * java.util.logging too) must not write to the terminal: what goes wrong reaches the user as Retort's own
     * message. Set RETORT_DEBUG=1 to see their logging on stderr.
     */
    private static void quietLibraries() {
        if (System.getenv("RETORT_DEBUG") == null) {
            java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
            for (java.util.logging.Handler h : root.getHandlers()) {
                root.removeHandler(h);
            }
            QUIETED.add(root);
            dev.retort.command.LibraryLoggers.atWarning(QUIETED);
        }
    }

    private static final java.util.List<java.util.logging.Logger> QUIETED = new java.util.ArrayList<>();

    /** Runs one command; returns its exit code (see {@code docs/exit-codes.md}). */
    public int run(String... args) {
        CommandLine cli = RetortCli.commandLine(this, args);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setExecutionExceptionHandler((e, line, parsed) -> fail(e));
        List<String> secretArgs = secretArguments(args);
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("error: " + maskArguments(redact(e.getMessage()), secretArgs));
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

    private static String redact(String text) {
        return Secrets.redactText(text);
    }

    /** The arguments that are passwords by their place: the value of {@code --password}. */
    private static List<String> secretArguments(String[] args) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--password") && i + 1 < args.length) {
                out.add(args[i + 1]);
            } else if (args[i].startsWith("--password=")) {
                out.add(args[i].substring("--password=".length()));
            }
        }
        out.removeIf(String::isEmpty);
        return out;
    }

    /** picocli quotes the arguments it complains about: a quoted argument that is a password becomes {@code '***'}. */
    private static String maskArguments(String message, List<String> secretArgs) {
        String out = message;
        for (String secret : secretArgs) {
            out = out.replace("'" + secret + "'", "'" + Secrets.MASK + "'")
                    .replace("'--password=" + secret + "'", "'--password=" + Secrets.MASK + "'");
        }
        return out;
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
}
