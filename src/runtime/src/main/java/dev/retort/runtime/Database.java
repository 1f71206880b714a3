package dev.retort.runtime;

import dev.retort.dialect.Dialect;
import dev.retort.errors.ErrorKind;
import dev.retort.errors.FailedStatement;
import dev.retort.errors.PrivilegeErrors;
import dev.retort.errors.RetortException;
import dev.retort.runtime.db.Connector;
import dev.retort.runtime.lock.MigrationLock;
import dev.retort.runtime.version.VersionTable;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/** The target database of a run: how to connect, its dialect, its version table, the lock. */
public final class Database implements AutoCloseable {
    private final Connector connector;
    private final Dialect dialect;
    private final VersionTable versionTable;
    private final Duration lockTimeout;
    /** synchronous_commit as the locked connection had it, restored by {@link #flush}. */
    private String synchronousCommitFound;

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

    /**
     * Runs {@code work} in one read-only, repeatable-read snapshot of the target, without the lock: what
     * {@code check}, {@code revision --autogenerate}, {@code current}, {@code history} and {@code validate} see is
     * one consistent state, and PostgreSQL itself refuses any write (so nothing there is created, altered or
     * locked beyond the ACCESS SHARE locks of reading). Works for a SELECT-only role, a read-only role and a hot
     * standby.
     */
    public <T> T read(Work<T> work) {
        try (Connection c = connector.open()) {
            c.setAutoCommit(false);
            try {
                try (Statement s = c.createStatement()) {
                    s.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
                }
                return work.run(c);
            } finally {
                try {
                    c.rollback();
                } catch (SQLException ignored) {
                    // a broken connection: the server ends the transaction with the session
                }
            }
        } catch (SQLException e) {
            throw failure(e, "reading the database", null);
        }
    }

    /**
     * Runs {@code work} holding the migration lock for its whole duration. The lock is a session-level
     * advisory lock of the very connection {@code work} migrates on, so the lock and the migration live and
     * die together: ending that backend ends the migration, and a statement of a dead client still holds
     * the lock until it is over. The connection's settings are put back as they were found afterwards.
     */
    public <T> T locked(Work<T> work) {
        try (Connection c = connector.open()) {
            SessionSettings found = SessionSettings.of(c);
            synchronousCommitFound = found.synchronousCommit();
            c.setAutoCommit(true);
            boolean done = false;
            try {
                T result;
                try (MigrationLock lock = MigrationLock.acquire(c, versionTable.schema(), versionTable.table(), lockTimeout)) {
                    result = work.run(c);
                }
                done = true;
                return result;
            } finally {
                restore(c, found, done);
            }
        } catch (SQLException e) {
            throw failure(e, "writing the version table " + versionTable.qualifiedName(), null);
        }
    }

    /** A failure to restore is reported only when the work itself succeeded (else the connection is likely gone). */
    private static void restore(Connection c, SessionSettings found, boolean report) throws SQLException {
        try {
            found.restore(c);
        } catch (SQLException e) {
            if (report) {
                throw e;
            }
        }
    }

    /** The error for a database failure: a missing privilege or read-only session says so (exit 16). */
    public RetortException failure(SQLException e, String where, String role) {
        SQLException privilege = PrivilegeErrors.find(e);
        if (privilege != null) {
            return PrivilegeErrors.of(privilege, FailedStatement.statementOf(e), where, role != null ? role : user(),
                    display(), null, java.util.List.of());
        }
        return new RetortException(ErrorKind.MIGRATION_FAILED, "database error on " + display() + ": " + e.getMessage(), e);
    }

    /** The user Retort logs in as, for messages; null when the connector does not say. */
    private String user() {
        try (Connection c = connector.open()) {
            return c.getMetaData().getUserName();
        } catch (SQLException | RuntimeException e) {
            return null;
        }
    }

    /** How connections are made (an embedded server, a URL). */
    public Connector connector() {
        return connector;
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
     * Makes every commit so far durable: a transaction with an id, committed with the session's own
     * synchronous_commit (as found, e.g. {@code remote_apply}), waits until the WAL is flushed (or
     * replicated) up to its commit record, which lies after all earlier ones.
     */
    public void flush(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            if (synchronousCommitFound != null) {
                try (PreparedStatement ps = c.prepareStatement("SELECT pg_catalog.set_config('synchronous_commit', ?, false)")) {
                    ps.setString(1, synchronousCommitFound);
                    ps.execute();
                }
            } else {
                s.execute("RESET synchronous_commit");
            }
            s.execute("SELECT txid_current()");
        }
    }

    /** The version table's rows as they are (their is_head flags unchecked). */
    public AppliedState applied(Connection c) throws SQLException {
        return AppliedState.of(versionTable.read(c));
    }

    /**
     * The applied state the rows describe, heads derived from the rows with {@code graph}.
     *
     * @throws dev.retort.errors.RetortException VALIDATION when the rows contradict the graph or their flags
     */
    public AppliedState applied(Connection c, dev.retort.revision.RevisionGraph graph) throws SQLException {
        return VersionTableCheck.derive(graph, applied(c), versionTable.qualifiedName());
    }

    @Override
    public void close() {
        connector.close();
    }
}
