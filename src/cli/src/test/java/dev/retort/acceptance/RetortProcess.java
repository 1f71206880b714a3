package dev.retort.acceptance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** {@code retort} in a JVM of its own (for lock and kill tests), with its output in a log file. */
final class RetortProcess {
    final Process process;
    final Path log;

    private RetortProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    static RetortProcess start(CliProject p, String name, String... args) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), "dev.retort.cli.Main"));
        command.addAll(List.of(args));
        Path log = p.dir.resolve(name + ".log");
        ProcessBuilder pb = new ProcessBuilder(command).directory(p.dir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putAll(p.env);
        try {
            return new RetortProcess(pb.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for the exit and returns the exit code; fails the test if it takes longer than {@code seconds}. */
    int exit(int seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("retort process still running after " + seconds + "s:\n" + output());
        }
        return process.exitValue();
    }

    String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** SIGKILL: the JVM gets no chance to clean up. */
    void kill9() throws InterruptedException, IOException {
        new ProcessBuilder("kill", "-9", Long.toString(process.pid())).inheritIO().start().waitFor();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** Kills it if it still runs (for finally blocks). */
    void stop() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }
}
