package dev.retort.normalize;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs a round trip's statements in a scratch database that is dropped after, committing as it goes: the types and
 * sequences, then the tables in chunks of whole tables on up to {@code sessions} sessions at once (the tables need
 * nothing of each other), then the foreign keys on the first session alone (two sessions adding foreign keys
 * between the same tables could deadlock). The first refusal in statement order is the one reported.
 */
final class CommittingRun {
    private final int chunk;
    private final int sessions;

    CommittingRun(int chunk, int sessions) {
        this.chunk = chunk;
        this.sessions = Math.max(1, sessions);
    }

    /**
     * @param primary the session that has made the schemas and set the search path to {@code path}; left in a
     *                transaction of its own, with the path still set
     * @param more    opens another session to the same database (each closed here); one that cannot be opened is
     *                done without
     */
    void run(Connection primary, Supplier<Connection> more, String path, RoundTripStatements statements)
            throws SQLException {
        try (Statement s = primary.createStatement()) {
            runChunks(s, statements.before());
            List<List<String>> chunks = statements.tableChunks(chunk);
            inParallel(s, more, path, chunks, Math.max(0, Math.min(sessions, chunks.size()) - 1));
            runChunks(s, statements.after());
        }
    }

    private void runChunks(Statement s, List<String> statements) throws SQLException {
        for (int from = 0; from < statements.size(); from += chunk) {
            ScratchCanonicalizer.execute(s, statements, from, Math.min(statements.size(), from + chunk));
            s.getConnection().commit();
        }
    }

    /** The chunks on {@code s} and on {@code extra} more sessions, each taking the next chunk left. */
    private static void inParallel(Statement s, Supplier<Connection> more, String path, List<List<String>> chunks,
                                   int extra) throws SQLException {
        AtomicInteger next = new AtomicInteger();
        Failures failures = new Failures();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < extra; i++) {
            Thread t = new Thread(() -> {
                Connection c;
                try {
                    c = more.get();
                } catch (RuntimeException unavailable) {
                    return; // the other sessions take its share
                }
                try (c; Statement own = c.createStatement()) {
                    c.setAutoCommit(false);
                    own.execute("SET search_path TO " + path);
                    c.commit();
                    work(own, chunks, next, failures);
                } catch (SQLException unusable) {
                    // a session that cannot be set up leaves its share to the others; what one made is committed,
                    // and the database is dropped after
                }
            }, "retort-scratch-session-" + (i + 2));
            t.setDaemon(true);
            t.start();
            threads.add(t);
        }
        work(s, chunks, next, failures);
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("interrupted while the scratch database was filled", e);
            }
        }
        failures.rethrow();
    }

    /** Takes the next chunk until none is left or one has failed: the chunks before a failed one are all taken. */
    private static void work(Statement s, List<List<String>> chunks, AtomicInteger next, Failures failures) {
        while (!failures.any()) {
            int i = next.getAndIncrement();
            if (i >= chunks.size()) {
                return;
            }
            List<String> c = chunks.get(i);
            try {
                ScratchCanonicalizer.execute(s, c, 0, c.size());
                s.getConnection().commit();
            } catch (SQLException | RuntimeException e) {
                failures.add(i, e);
                return;
            }
        }
    }

    /** The failures of the sessions, by chunk: the one of the earliest chunk is reported. */
    private static final class Failures {
        private int first = -1;
        private Exception failure;

        synchronized void add(int chunk, Exception e) {
            if (failure == null || chunk < first) {
                first = chunk;
                failure = e;
            }
        }

        synchronized boolean any() {
            return failure != null;
        }

        synchronized void rethrow() throws SQLException {
            if (failure instanceof SQLException e) {
                throw e;
            }
            if (failure instanceof RuntimeException e) {
                throw e;
            }
        }
    }
}
