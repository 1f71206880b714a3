package dev.retort.cli;

import dev.retort.command.InitCommand;
import picocli.CommandLine.Command;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Create retort.properties and the migrations/ folder in the current directory.")
final class InitCli extends Verb {
    @Override
    void execute() {
        new InitCommand(root.main.workDir(), root.main.out()).run();
    }
}
