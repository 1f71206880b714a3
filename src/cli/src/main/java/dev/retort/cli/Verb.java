package dev.retort.cli;

import dev.retort.command.Workspace;
import dev.retort.config.SettingsLoader;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

import java.util.concurrent.Callable;

/** What every verb has: the global flags and a way to the {@link Workspace}. */
abstract class Verb implements Callable<Integer> {
    @ParentCommand
    RetortCli root;

    @Mixin
    GlobalOptions options;

    Workspace workspace() {
        Main main = root.main;
        var settings = SettingsLoader.load(main.workDir(), options.merged(root.options), main.env());
        return new Workspace(settings, main.out());
    }

    @Override
    public final Integer call() {
        execute();
        return exitCode();
    }

    /** The exit code of a run that threw nothing; {@code check} reports drift this way. */
    int exitCode() {
        return ExitCodes.OK;
    }

    abstract void execute();
}
