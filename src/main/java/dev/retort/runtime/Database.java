package dev.retort.runtime;

import dev.retort.dialect.Dialect;
import dev.retort.errors.ErrorKind;
import dev.retort.errors.RetortException;
import dev.retort.runtime.db.Connector;
import dev.retort.runtime.lock.MigrationLock;
import dev.retort.runtime.version.VersionTable;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/** The target database of a run: how to connect, its dialect, its version table, the lock. */
public final class Database implements AutoCloseable {
    private final Connector connector;
    private final Dialect dialect;
    private final VersionTable versionTable;
    private final Duration lockTimeout;

    public Database(Connector connector, Dialect dialect, VersionTable versionTable, Duration lockTimeout) {
        this.connector = connector;
        this.dialect = dialect;
        this.versionTable = versionTable;
        this.lockTimeout = lockTimeout;
    }

    /** Work done on a connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    public Dialect dialect() {
        return dialect;
    }

    public VersionTable versionTable() {
        return versionTable;
    }

    public String display() {
        return connector.display();
    }

    /** Runs {@code work} without the lock (reads). */
    public <T> T read(Work<T> work) {
        try (Connection c = connector.open()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new RetortException(ErrorKind.MIGRATION_FAILED, "database error on " + display() + ": " + e.getMessage(), e);
        }
    }

    /** Runs {@code work} holding the migration lock for its whole duration, on a second connection. */
    public <T> T locked(Work<T> work) {
        try (MigrationLock lock = MigrationLock.acquire(connector.open(), versionTable.schema(), versionTable.table(), lockTimeout);
             Connection c = connector.open()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new RetortException(ErrorKind.MIGRATION_FAILED, "database error on " + display() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Points unqualified names at the target schema. The other schemas of the session's search path stay after
     * it: an extension installed in a schema of its own ({@code extensions.citext}, found through
     * {@code ALTER DATABASE ... SET search_path}) resolves in a migration as it did when it was generated.
     */
    public void useSchema(Connection c) throws SQLException {
        StringBuilder path = new StringBuilder(dialect.quote(versionTable.schema()));
        try (Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SELECT pg_catalog.unnest(pg_catalog.current_schemas(false))")) {
            while (rs.next()) {
                if (!rs.getString(1).equals(versionTable.schema())) {
                    path.append(", ").append(dialect.quote(rs.getString(1)));
                }
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("SET search_path TO " + path);
        }
    }

    /**
     * Lets the commits of the following migrations return before their WAL reaches disk. Each migration
     * stays atomic with its version row; only durability is deferred, until {@link #flush}.
     */
    public void deferFlush(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SET synchronous_commit TO off");
        }
    }

    /**
     * Makes every commit so far durable: a transaction with an id, committed synchronously, waits until
     * the WAL is flushed up to its commit record, which lies after all earlier ones.
     */
    public void flush(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("SET synchronous_commit TO on");
            s.execute("SELECT txid_current()");
        }
    }

    public AppliedState applied(Connection c) throws SQLException {
        return AppliedState.of(versionTable.read(c));
    }

    @Override
    public void close() {
        connector.close();
    }
}
