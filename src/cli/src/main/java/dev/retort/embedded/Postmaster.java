package dev.retort.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The process a data directory's {@code postmaster.pid} names, and whether it really is that directory's
 * PostgreSQL server. A pid file left by a killed run may name a pid the system has since given to another
 * process, possibly another PostgreSQL; only a process that is a {@code postgres} executable and works in
 * this very data directory may be stopped.
 */
final class Postmaster {
    private Postmaster() {
    }

    /** The pid on the first line of {@code postmaster.pid}, if it is a number. */
    static Optional<Long> pid(Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        try {
            long pid = lines.isEmpty() ? -1 : Long.parseLong(lines.get(0).strip());
            return pid > 0 ? Optional.of(pid) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether {@code process} is the server of {@code dataDir}: alive, its executable named {@code postgres},
     * its command line names {@code dataDir} after {@code -D}, and (where {@code /proc} tells) its working
     * directory is {@code dataDir}: the postmaster changes into its data directory at start.
     */
    static boolean servesDataDir(ProcessHandle process, Path dataDir) {
        if (!process.isAlive()) {
            return false;
        }
        ProcessHandle.Info info = process.info();
        boolean postgres = info.command().map(c -> Path.of(c).getFileName().toString())
                .map(n -> n.equals("postgres") || n.equals("postgres.exe") || n.equals("postmaster"))
                .orElse(false);
        if (!postgres) {
            return false;
        }
        Optional<String[]> args = info.arguments();
        if (args.isPresent() && !namesDataDir(args.get(), dataDir)) {
            return false;
        }
        Path proc = Path.of("/proc", Long.toString(process.pid()));
        if (Files.isDirectory(proc)) {
            try {
                return Files.readSymbolicLink(proc.resolve("cwd")).equals(dataDir.toRealPath());
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                return false; // not ours to look at, so not ours to stop
            }
        }
        return args.isPresent();
    }

    /** {@code -D DIR} (as {@code pg_ctl} starts the server) with DIR this data directory. */
    private static boolean namesDataDir(String[] args, Path dataDir) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("-D") && samePath(args[i + 1], dataDir)) {
                return true;
            }
        }
        return false;
    }

    private static boolean samePath(String arg, Path dataDir) {
        try {
            return Path.of(arg).toRealPath().equals(dataDir.toRealPath());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
