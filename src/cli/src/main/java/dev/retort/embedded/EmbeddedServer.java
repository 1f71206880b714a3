package dev.retort.embedded;

import dev.retort.errors.ErrorKind;
import dev.retort.runtime.db.Connector;
import dev.retort.runtime.db.JdbcConnector;
import dev.retort.errors.RetortException;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
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
    private final Path data;
    private final EmbeddedPostgres postgres;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final int port;

    private EmbeddedServer(Path data, EmbeddedPostgres postgres, FileChannel lockChannel, FileLock lock,
                           int port) {
        this.data = data;
        this.postgres = postgres;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.port = port;
    }

    /** Starts (initialising on first use) the server of the project whose state folder is {@code stateDir}. */
    public static EmbeddedServer start(Path stateDir, Duration lockTimeout) {
        return start(stateDir, "pg", EmbeddedBinaries.bundled(), lockTimeout);
    }

    /**
     * Starts (initialising on first use) the server in {@code stateDir/name}, with its lock and port files beside
     * it ({@code name.lock}, {@code name.port}), running {@code binaries}. A data folder of another major version
     * (left by other binaries) is only ever re-initialised for a server of its own, never for {@code pg}, the
     * project's database.
     */
    public static EmbeddedServer start(Path stateDir, String name, EmbeddedBinaries binaries, Duration lockTimeout) {
        FileChannel channel = null;
        Path data = stateDir.resolve(name);
        awaitClosed(data);
        try {
            Files.createDirectories(stateDir);
            channel = FileChannel.open(stateDir.resolve(name + ".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = waitForLock(channel, data, stateDir.resolve(name + ".lock"), lockTimeout);
            stopOrphan(data);
            if (!name.equals("pg")) {
                discardOtherMajor(data, binaries.major());
            }
            int port = port(stateDir.resolve(name + ".port"));
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    // a round trip of a large schema is one transaction that locks every relation it creates (six per
                    // table, with its key, unique constraint, identity and TOAST table): room for about 13,000 tables
                    .setServerConfig("max_locks_per_transaction", "256")
                    .setOutputRedirector(ProcessBuilder.Redirect.DISCARD)
                    .setErrorRedirector(ProcessBuilder.Redirect.DISCARD);
            if (binaries.resolver() != null) {
                builder.setPgBinaryResolver(binaries.resolver());
            }
            EmbeddedPostgres pg = builder.start();
            return new EmbeddedServer(data, pg, channel, lock, port);
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel);
            if (e instanceof RetortException re) {
                throw re;
            }
            throw new RetortException(ErrorKind.DATABASE_UNREACHABLE, "cannot start the embedded "
                    + binaries.describe() + " in " + data + ": " + e.getMessage()
                    + " (configure a database with --url, or delete " + data + " to start afresh)",
                    data, List.of(), "embedded PostgreSQL", e);
        }
    }

    /** Removes {@code data} when an earlier server of another major version initialised it. */
    private static void discardOtherMajor(Path data, int major) throws IOException {
        Path version = data.resolve("PG_VERSION");
        if (Files.isRegularFile(version) && !Files.readString(version).strip().equals(Integer.toString(major))) {
            dev.retort.io.Trees.deleteQuietly(data);
        }
    }

    private static FileLock waitForLock(FileChannel channel, Path data, Path lockFile, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return lock;
            }
            if (System.nanoTime() > deadline) {
                throw new RetortException(ErrorKind.LOCK_TIMEOUT, "another retort process is using the embedded "
                        + "PostgreSQL in " + data + " (file lock " + lockFile
                        + " held for more than " + dev.retort.config.Durations.format(timeout) + "); wait for it or raise --lock-timeout",
                        lockFile, List.of(), "embedded PostgreSQL", null);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for " + lockFile, e);
            }
        }
    }

    /**
     * A postmaster.pid left behind: when it names this data directory's own server, still running after its
     * run was killed, that server is stopped; any other process it names (the pid was reused) is left alone.
     * Either way the stale file is removed.
     */
    private static void stopOrphan(Path data) throws IOException {
        Path pidFile = data.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> process = Postmaster.pid(pidFile).flatMap(ProcessHandle::of);
        if (process.isPresent() && Postmaster.servesDataDir(process.get(), data)) {
            ProcessHandle p = process.get();
            fastShutdown(p);
            try {
                p.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IOException("a PostgreSQL server (pid " + p.pid() + ") left running on " + data
                        + " did not stop; stop it by hand", e);
            }
        }
        Files.deleteIfExists(pidFile);
    }

    /**
     * SIGINT, PostgreSQL's fast shutdown: the clients of an orphaned server are dead, and a smart shutdown
     * (SIGTERM) would wait for their sessions, e.g. a statement still running for a killed run. Where there
     * is no {@code kill} command, SIGTERM it is.
     */
    private static void fastShutdown(ProcessHandle p) {
        try {
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(p.pid()))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (kill.waitFor(10, java.util.concurrent.TimeUnit.SECONDS) && kill.exitValue() == 0) {
                return;
            }
        } catch (IOException e) {
            // no kill command here
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        p.destroy();
    }

    private static int port(Path file) throws IOException {
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
        return open("postgres");
    }

    /** A new connection to {@code database} on this server (the scratch database lives beside the project's). */
    public Connection open(String database) {
        Properties p = new Properties();
        p.setProperty("user", "postgres");
        p.setProperty("ApplicationName", JdbcConnector.APPLICATION_NAME);
        try {
            return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + database, p);
        } catch (SQLException e) {
            throw JdbcConnector.unreachable(display(), e, null);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    /** The server's data folder. */
    public Path dataDirectory() {
        return data;
    }

    @Override
    public String display() {
        return "embedded PostgreSQL in " + data + " (port " + port + ")";
    }

    /**
     * Stops the server: the library's {@code pg_ctl stop -w} runs on a thread of its own, and this returns once the
     * postmaster is gone, which it shows by removing its pid file ({@code pg_ctl} looks only every 100 ms, a
     * noticeable part of a short command). The library's and Retort's locks on the folder are released when
     * {@code pg_ctl} is done; a start of the same folder in this process waits for that, and another process for
     * the locks (released at the latest as this process exits).
     */
    @Override
    public void close() {
        Thread closer = new Thread(this::stop, "retort-embedded-stop");
        closer.setDaemon(true);
        CLOSING.put(key(data), closer);
        closer.start();
        Path pidFile = data.resolve("postmaster.pid");
        long deadline = System.nanoTime() + STOP_WAIT.toNanos();
        try {
            while (closer.isAlive() && Files.exists(pidFile) && System.nanoTime() < deadline) {
                Thread.sleep(2);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void stop() {
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
            CLOSING.remove(key(data), Thread.currentThread());
        }
    }

    /** The stops of this process not yet done, by data folder. */
    private static final java.util.Map<Path, Thread> CLOSING = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    private static Path key(Path data) {
        return data.toAbsolutePath().normalize();
    }

    /** Waits for a stop of {@code data}'s server in this process to be done, locks released. */
    private static void awaitClosed(Path data) {
        Thread closing = CLOSING.get(key(data));
        if (closing != null) {
            try {
                closing.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
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
