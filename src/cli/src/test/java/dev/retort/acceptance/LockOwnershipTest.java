package dev.retort.acceptance;

import dev.retort.runtime.lock.MigrationLock;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The migration lock belongs to the session that migrates: ending that backend ends the migration, a run
 * killed with {@code kill -9} keeps the lock until its last statement is over, and a second runner waits
 * for the lock without a snapshot that a {@code CREATE INDEX CONCURRENTLY} would wait for.
 */
class LockOwnershipTest {
    private static final long KEY = MigrationLock.key("public", "retort_version");

    @Test
    void endingTheLockHolderEndsTheMigration() throws Exception {
        try (CliProject p = new CliProject("lock_owner")) {
            p.write("M1", Migrations.source("M1", "aaa111", Migrations.parents(),
                    "op.execute(\"CREATE TABLE slow AS SELECT 1 AS id FROM pg_sleep(8)\");", "op.dropTable(\"slow\");"));
            RetortProcess a = RetortProcess.start(p, "a", "upgrade");
            try {
                int sleeper = backendRunning(p, "pg_sleep(8)", a);

                CliResult waiting = p.run("upgrade", "--lock-timeout", "1s");
                assertEquals(10, waiting.exitCode(), waiting.toString());
                assertTrue(waiting.err().contains("backend pid " + sleeper + " "),
                        "the timeout names the backend that migrates (" + sleeper + "): " + waiting);

                int holder = lockHolder(p).orElseThrow();
                p.db.column("SELECT pg_terminate_backend(" + holder + ")");

                assertNotEquals(0, a.exit(60), a.output());
                assertEquals(sleeper, holder, "the lock is held by the migrating backend");
                assertFalse(Catalog.tables(p.db).contains("slow"), "the migration did not commit");
                assertEquals(List.of(), Catalog.applied(p.db));
            } finally {
                a.stop();
            }
            p.ok("upgrade");
            assertEquals(List.of("aaa111"), Catalog.applied(p.db));
        }
    }

    @Test
    void aKilledRunKeepsTheLockUntilItsStatementEnds() throws Exception {
        try (CliProject p = new CliProject("lock_kill")) {
            p.write("M1", "import dev.retort.api.*;\n\n"
                    + "@Revision(id = \"aaa111\", parents = {}, transactional = false)\n"
                    + "public class M1 implements Migration {\n"
                    + "    public void upgrade(Operations op) { op.execute(\"CREATE TABLE slow AS SELECT 1 AS id FROM pg_sleep(4)\"); }\n"
                    + "    public void downgrade(Operations op) { op.execute(\"DROP TABLE slow\"); }\n"
                    + "}\n");
            RetortProcess a = RetortProcess.start(p, "a", "upgrade");
            try {
                int sleeper = backendRunning(p, "pg_sleep(4)", a);
                a.kill9();
                int tries = 0;
                while (active(p, sleeper)) {
                    // free, and the statement still running after that: the lock did not cover it
                    assertFalse(tryLock(p) && active(p, sleeper), "the lock was free while the killed run's statement still ran");
                    tries++;
                    Thread.sleep(100);
                }
                assertTrue(tries > 0, "the statement ended before the lock could be tried");
                assertTrue(Catalog.tables(p.db).contains("slow"), "the statement committed after the kill");
                long deadline = System.nanoTime() + 20_000_000_000L;
                boolean free = false;
                while (!free && System.nanoTime() < deadline) {
                    free = tryLock(p);
                    Thread.sleep(100);
                }
                assertTrue(free, "the lock is released once the dead run's backend ends");
            } finally {
                a.stop();
            }
        }
    }

    @Test
    void concurrentIndexBuildsWhileASecondRunnerWaits() throws Exception {
        try (CliProject p = new CliProject("lock_cic")) {
            p.write("M1", Migrations.source("M1", "aaa111", Migrations.parents(),
                    "op.createTable(\"users\", column(\"id\", INTEGER), column(\"email\", TEXT));"
                            + " op.execute(\"INSERT INTO users SELECT g, 'u' || g FROM generate_series(1, 20000) g\");",
                    "op.dropTable(\"users\");"));
            p.write("M2", "import dev.retort.api.*;\nimport static dev.retort.api.Schema.*;\n\n"
                    + "@Revision(id = \"bbb222\", parents = \"aaa111\", transactional = false)\n"
                    + "public class M2 implements Migration {\n"
                    + "    public void upgrade(Operations op) {\n"
                    + "        op.execute(\"SELECT pg_advisory_lock_shared(4242)\");\n"
                    + "        op.execute(\"SELECT pg_advisory_unlock_shared(4242)\");\n"
                    + "        op.createIndexConcurrently(\"users\", index(\"ix_users_email\", \"email\"));\n"
                    + "    }\n"
                    + "    public void downgrade(Operations op) { op.dropIndexConcurrently(\"users\", \"ix_users_email\"); }\n"
                    + "}\n");
            try (Connection gate = p.db.connect()) {
                gate.createStatement().execute("SELECT pg_advisory_lock(4242)");
                RetortProcess a = RetortProcess.start(p, "a", "upgrade");
                RetortProcess b = null;
                try {
                    int first = backendRunning(p, "pg_advisory_lock_shared(4242)", a);
                    b = RetortProcess.start(p, "b", "upgrade");
                    waitForSecondRetortBackend(p, first, b);
                    gate.createStatement().execute("SELECT pg_advisory_unlock(4242)");
                    assertEquals(0, a.exit(120), a.output());
                    assertEquals(0, b.exit(120), b.output());
                } finally {
                    a.stop();
                    if (b != null) {
                        b.stop();
                    }
                }
                assertTrue(a.output().contains("bbb222"), a.output());
                assertFalse(b.output().contains("upgrade aaa111"), b.output());
            }
            assertEquals(List.of("true"), p.db.column("SELECT i.indisvalid::text FROM pg_index i "
                    + "JOIN pg_class c ON c.oid = i.indexrelid WHERE c.relname = 'ix_users_email'"));
            assertEquals(List.of("bbb222"), Catalog.heads(p.db));
        }
    }

    /** The pid of the backend whose current query contains {@code text}, once it runs. */
    private static int backendRunning(CliProject p, String text, RetortProcess run) throws InterruptedException {
        long deadline = System.nanoTime() + 90_000_000_000L;
        while (System.nanoTime() < deadline) {
            List<String> pids = p.db.column("SELECT pid FROM pg_stat_activity WHERE state = 'active' "
                    + "AND pid <> pg_backend_pid() AND datname = current_database() AND position('"
                    + text.replace("'", "''") + "' IN query) > 0");
            if (!pids.isEmpty()) {
                return Integer.parseInt(pids.get(0));
            }
            assertTrue(run.process.isAlive(), "the run ended early:\n" + run.output());
            Thread.sleep(50);
        }
        throw new AssertionError("no backend runs " + text + ":\n" + run.output());
    }

    private static void waitForSecondRetortBackend(CliProject p, int first, RetortProcess run) throws InterruptedException {
        long deadline = System.nanoTime() + 90_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (!p.db.column("SELECT pid FROM pg_stat_activity WHERE application_name = 'retort' AND pid <> " + first
                    + " AND datname = current_database() AND position('pg_try_advisory_lock' IN query) > 0").isEmpty()) {
                return;
            }
            assertTrue(run.process.isAlive(), "the second run ended early:\n" + run.output());
            Thread.sleep(50);
        }
        throw new AssertionError("the second run never waited for the lock:\n" + run.output());
    }

    private static boolean active(CliProject p, int pid) {
        return !p.db.column("SELECT 1 FROM pg_stat_activity WHERE pid = " + pid + " AND state = 'active'").isEmpty();
    }

    private static Optional<Integer> lockHolder(CliProject p) {
        return p.db.column("SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted "
                        + "AND classid = " + (KEY >>> 32) + "::bigint::oid AND objid = " + (KEY & 0xffffffffL) + "::bigint::oid "
                        + "AND objsubid = 1 AND database = (SELECT oid FROM pg_database WHERE datname = current_database())")
                .stream().map(Integer::parseInt).findFirst();
    }

    /** Takes and at once releases the migration lock; false when another session holds it. */
    private static boolean tryLock(CliProject p) throws SQLException {
        try (Connection c = p.db.connect(); PreparedStatement ps = c.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            ps.setLong(1, KEY);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }
}
