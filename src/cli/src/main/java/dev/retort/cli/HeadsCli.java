package dev.retort.cli;

import dev.retort.command.HeadsCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "heads", mixinStandardHelpOptions = true, description = "List the head revisions.")
final class HeadsCli extends Verb {
    @Option(names = {"-v", "--verbose"}, description = "Show each revision in full.")
    boolean verbose;

    @Override
    void execute() {
        new HeadsCommand(workspace()).run(verbose);
    }
}
