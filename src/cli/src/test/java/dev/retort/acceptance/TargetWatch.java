package dev.retort.acceptance;

import dev.retort.testing.TestDatabase;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Watches a target database while Retort commands run against it on another thread: a fingerprint of its catalog
 * ({@code pg_class}, {@code pg_namespace}, {@code pg_type}) to compare before and after, and, from a connection of
 * its own, samples of {@code pg_locks} and {@code pg_stat_activity} for Retort's sessions on that database (the
 * locks they hold, and whether they were ever given a transaction id, which only a write gets).
 */
final class TargetWatch implements AutoCloseable {
    private static final String SAMPLE = """
            SELECT a.pid, a.backend_xid IS NOT NULL, l.locktype, l.mode,
                   coalesce(l.relation::regclass::text, ''), coalesce(l.relation < 16384, false)
            FROM pg_stat_activity a LEFT JOIN pg_locks l ON l.pid = a.pid
            WHERE a.datname = current_database() AND a.application_name = 'retort' AND a.pid <> pg_backend_pid()
            """;

    private final Connection connection;
    private final Thread sampler;
    private volatile boolean running = true;
    private final Set<String> locks = new TreeSet<>();
    private final List<String> writes = new ArrayList<>();
    private int samplesWithRetort;
    private SQLException failure;

    private TargetWatch(Connection connection) {
        this.connection = connection;
        this.sampler = new Thread(this::sample, "target-watch");
        this.sampler.setDaemon(true);
    }

    /** Starts sampling {@code db} (as the test server's superuser). */
    static TargetWatch start(TestDatabase db) throws SQLException {
        TargetWatch w = new TargetWatch(db.connect());
        w.sampler.start();
        return w;
    }

    /** What a command could change: relations, schemas and types, by oid and name. */
    static String catalog(TestDatabase db) {
        StringBuilder s = new StringBuilder();
        s.append(db.column("SELECT oid || ' ' || relname || ' ' || relnamespace || ' ' || relkind::text || ' ' || relfilenode"
                + " FROM pg_class ORDER BY oid")).append('\n');
        s.append(db.column("SELECT oid || ' ' || nspname FROM pg_namespace ORDER BY oid")).append('\n');
        s.append(db.column("SELECT oid || ' ' || typname || ' ' || typnamespace FROM pg_type ORDER BY oid"));
        return s.toString();
    }

    private void sample() {
        try (Statement s = connection.createStatement()) {
            while (running) {
                boolean seen = false;
                try (ResultSet rs = s.executeQuery(SAMPLE)) {
                    while (rs.next()) {
                        seen = true;
                        synchronized (this) {
                            if (rs.getBoolean(2)) {
                                writes.add("pid " + rs.getInt(1) + " has a transaction id");
                            }
                            if (rs.getString(3) != null) {
                                String kind = rs.getString(3);
                                String what = kind.equals("relation") ? kind + " " + rs.getString(4) + " on "
                                        + (rs.getBoolean(6) ? "a catalog" : rs.getString(5)) : kind + " " + rs.getString(4);
                                locks.add(what);
                            }
                        }
                    }
                }
                if (seen) {
                    synchronized (this) {
                        samplesWithRetort++;
                    }
                }
                try {
                    Thread.sleep(3);
                } catch (InterruptedException e) {
                    return;
                }
            }
        } catch (SQLException e) {
            failure = e;
        }
    }

    /** The distinct locks Retort's sessions held, e.g. {@code relation AccessShareLock on a catalog}. */
    synchronized Set<String> locks() {
        return new TreeSet<>(locks);
    }

    /** Locks other than reading ones: anything but ACCESS SHARE on a relation and a session's own virtual xid. */
    synchronized List<String> nonReadLocks() {
        List<String> out = new ArrayList<>();
        for (String l : locks) {
            if (!(l.startsWith("relation AccessShareLock ") || l.equals("virtualxid ExclusiveLock"))) {
                out.add(l);
            }
        }
        return out;
    }

    /** Samples where a Retort session had a transaction id (it wrote something). */
    synchronized List<String> writes() {
        return List.copyOf(writes);
    }

    /** How many samples saw a Retort session on the database: more than none, or the watch saw nothing. */
    synchronized int samplesWithRetort() {
        return samplesWithRetort;
    }

    @Override
    public void close() throws SQLException {
        running = false;
        try {
            sampler.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        connection.close();
        if (failure != null) {
            throw failure;
        }
    }
}
