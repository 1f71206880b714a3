package dev.retort.runtime.lock;

import dev.retort.errors.ErrorKind;
import dev.retort.errors.RetortException;
import dev.retort.runtime.load.Checksums;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A PostgreSQL session-level advisory lock on the connection that migrates, held for a whole run. The key
 * comes from the schema and version-table name, so runs against different version tables do not block each
 * other. Waiting retries {@code pg_try_advisory_lock} in auto-commit mode until the timeout, so a waiting
 * run holds no transaction or snapshot that the holder's {@code CREATE INDEX CONCURRENTLY} would wait for;
 * on timeout it names the backend that holds the lock, which is the one running the other migration.
 */
public final class MigrationLock implements AutoCloseable {
    private final Connection connection;
    private final long key;

    private MigrationLock(Connection connection, long key) {
        this.connection = connection;
        this.key = key;
    }

    public static long key(String schema, String versionTable) {
        byte[] hash = Checksums.digest().digest(("retort:" + schema + "." + versionTable).getBytes(StandardCharsets.UTF_8));
        return ByteBuffer.wrap(hash, 0, 8).getLong();
    }

    /**
     * Takes the lock on {@code connection}, which must be in auto-commit mode; closing the lock releases it
     * and leaves the connection open.
     *
     * @throws RetortException LOCK_TIMEOUT naming the holder when the timeout passes
     */
    public static MigrationLock acquire(Connection connection, String schema, String versionTable, Duration timeout) {
        long key = key(schema, versionTable);
        long deadline = System.nanoTime() + timeout.toNanos();
        long pause = 50;
        try {
            while (true) {
                if (tryLock(connection, key)) {
                    return new MigrationLock(connection, key);
                }
                if (System.nanoTime() >= deadline) {
                    Optional<LockHolder> holder = holder(connection, key);
                    throw new RetortException(ErrorKind.LOCK_TIMEOUT, "gave up waiting " + dev.retort.config.Durations.format(timeout)
                            + " for the migration lock of " + schema + "." + versionTable + "; it is held by "
                            + holder.map(LockHolder::describe).orElse("a backend that has just released it")
                            + ". Wait for that run to finish, or raise --lock-timeout; if that run hangs, end it with "
                            + "SELECT pg_terminate_backend(pid): its current migration rolls back and the lock is "
                            + "released.", null, List.of(), "advisory lock " + key, null);
                }
                Thread.sleep(pause);
                pause = Math.min(pause * 2, 500);
            }
        } catch (SQLException e) {
            throw new RetortException(ErrorKind.DATABASE_UNREACHABLE, "cannot take the migration lock: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RetortException(ErrorKind.LOCK_TIMEOUT, "interrupted while waiting for the migration lock", e);
        }
    }

    private static boolean tryLock(Connection c, long key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            ps.setLong(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    /** Who holds the lock: a bigint key shows in pg_locks as classid (high half), objid (low half), objsubid 1. */
    static Optional<LockHolder> holder(Connection c, long key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT a.pid, a.application_name, host(a.client_addr), a.backend_start "
                        + "FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
                        + "WHERE l.locktype = 'advisory' AND l.granted AND l.database = "
                        + "(SELECT oid FROM pg_database WHERE datname = current_database()) "
                        + "AND l.classid = ?::bigint::oid AND l.objid = ?::bigint::oid AND l.objsubid = 1")) {
            ps.setLong(1, key >>> 32);
            ps.setLong(2, key & 0xffffffffL);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Timestamp since = rs.getTimestamp(4);
                return Optional.of(new LockHolder(rs.getInt(1), rs.getString(2), rs.getString(3),
                        since == null ? null : since.toInstant()));
            }
        }
    }

    @Override
    public void close() {
        try (PreparedStatement ps = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            ps.setLong(1, key);
            ps.execute();
        } catch (SQLException ignored) {
            // the session is gone, and its lock with it
        }
    }
}
