package dev.retort.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The top command: global flags, then a verb. */
@Command(name = "retort", mixinStandardHelpOptions = true, version = "retort 0.1.0",
        description = "Schema migrations for JPA/Hibernate projects.")
final class RetortCli implements Runnable {
    /** Every verb, in the order of the help text. */
    static final Map<String, Supplier<Verb>> VERBS = verbs();

    final Main main;

    @Mixin
    GlobalOptions options;

    private static Map<String, Supplier<Verb>> verbs() {
        Map<String, Supplier<Verb>> m = new LinkedHashMap<>();
        m.put("init", InitCli::new);
        m.put("revision", RevisionCli::new);
        m.put("migrate", MigrateCli::new);
        m.put("create", CreateCli::new);
        m.put("check", CheckCli::new);
        m.put("upgrade", UpgradeCli::new);
        m.put("downgrade", DowngradeCli::new);
        m.put("current", CurrentCli::new);
        m.put("history", HistoryCli::new);
        m.put("heads", HeadsCli::new);
        m.put("branches", BranchesCli::new);
        m.put("show", ShowCli::new);
        m.put("stamp", StampCli::new);
        m.put("repair", RepairCli::new);
        m.put("merge", MergeCli::new);
        m.put("reset", ResetCli::new);
        m.put("validate", ValidateCli::new);
        return m;
    }

    /**
     * The command line with only the verb {@code args} name (picocli's model of all the verbs costs
     * a noticeable part of a second to build), or with all of them when no verb is named.
     */
    static CommandLine commandLine(Main main, String... args) {
        CommandLine cli = new CommandLine(new RetortCli(main));
        String verb = verbOf(args);
        for (Map.Entry<String, Supplier<Verb>> e : VERBS.entrySet()) {
            if (verb == null || verb.equals(e.getKey())) {
                cli.addSubcommand(e.getKey(), e.getValue().get());
            }
        }
        return cli;
    }

    /** The first argument that is not a global option or its value. */
    private static String verbOf(String... args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.startsWith("--") && !a.contains("=") && GlobalOptions.WITH_VALUE.contains(a)) {
                i++;
            } else if (!a.startsWith("-")) {
                return VERBS.containsKey(a) ? a : null;
            }
        }
        return null;
    }

    RetortCli(Main main) {
        this.main = main;
    }

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                "name a command, e.g. 'retort upgrade'");
    }
}
