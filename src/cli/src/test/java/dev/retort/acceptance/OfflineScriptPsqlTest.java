package dev.retort.acceptance;

import dev.retort.runtime.lock.MigrationLock;
import dev.retort.testing.TestDatabase;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Offline scripts ({@code --sql}) as a DBA runs them: through the real {@code psql}, against a real database. */
class OfflineScriptPsqlTest {

    record Psql(int exitCode, String output) {
    }

    static Psql psql(TestDatabase db, Path script, Map<String, String> env) throws Exception {
        URI u = URI.create(db.jdbcUrl().substring("jdbc:".length()));
        List<String> command = new ArrayList<>(List.of("psql", "-X", "-h", u.getHost(), "-p",
                String.valueOf(u.getPort() < 0 ? 5432 : u.getPort()), "-U", "postgres", "-d", db.name(), "-f", script.toString()));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(env);
        Path out = Files.createTempFile("psql", ".txt");
        pb.redirectOutput(out.toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "psql hangs");
        return new Psql(p.exitValue(), Files.readString(out));
    }

    private static Path script(CliProject p, String... args) throws Exception {
        CliResult r = p.ok(args);
        Path f = Files.createTempFile(p.dir, "script", ".sql");
        Files.writeString(f, r.out());
        return f;
    }

    private static void project(CliProject p, String middle) {
        p.write("M1", Migrations.source("M1", "aaa111", Migrations.parents(),
                "op.createTable(\"users\", column(\"id\", INTEGER), column(\"email\", TEXT));\n"
                        + "        op.execute(\"INSERT INTO users VALUES (1, 'a;b') -- the first user\");",
                "op.dropTable(\"users\");"));
        p.write("M2", "import dev.retort.api.*;\n\n"
                + "@Revision(id = \"bbb222\", parents = \"aaa111\", transactional = false)\n"
                + "public class M2 implements Migration {\n"
                + "    public void upgrade(Operations op) {\n"
                + "        op.execute(\"" + middle + "\");\n"
                + "        op.execute(\"CREATE INDEX CONCURRENTLY users_email ON users (email) -- no lock on writes\");\n"
                + "    }\n"
                + "    public void downgrade(Operations op) { op.execute(\"DROP INDEX CONCURRENTLY users_email\"); }\n}\n");
        p.write("M3", Migrations.source("M3", "ccc333", Migrations.parents("bbb222"),
                "op.execute(\"INSERT INTO users VALUES (2, 'x') /* second */ -- trailing\");",
                "op.execute(\"DELETE FROM users WHERE id = 2 -- undo\");"));
    }

    @Test
    void upgradeAndDowngradeScriptsRunThroughPsql() throws Exception {
        try (CliProject p = new CliProject("offline")) {
            project(p, "SELECT 1 -- nothing");
            Path up = script(p, "upgrade", "--sql", "head");
            String text = Files.readString(up);
            assertTrue(text.startsWith("\\set ON_ERROR_STOP on\n"), text);
            assertTrue(text.contains("pg_advisory_lock(" + MigrationLock.key("public", "retort_version") + ")"), text);
            Psql run = psql(p.db, up, Map.of());
            assertEquals(0, run.exitCode(), run.output() + "\n" + text);
            assertTrue(!run.output().contains("ERROR"), run.output());
            assertEquals(List.of("1", "2"), p.db.column("SELECT id FROM users ORDER BY id"));
            assertEquals(List.of("users_email"), p.db.column("SELECT indexname FROM pg_indexes WHERE tablename = 'users'"));
            assertEquals("ccc333 (head) (current)", p.ok("current").out().strip());
            assertEquals(List.of(), p.db.column("SELECT objid::text FROM pg_locks WHERE locktype = 'advisory'"));
            p.ok("validate");

            Path down = script(p, "downgrade", "--sql", "head:base");
            Psql back = psql(p.db, down, Map.of());
            assertEquals(0, back.exitCode(), back.output() + "\n" + Files.readString(down));
            assertEquals(List.of("retort_version"), Catalog.tables(p.db));
            assertEquals("", p.ok("current").out().strip());
        }
    }

    @Test
    void aFailingStatementStopsTheScript() throws Exception {
        try (CliProject p = new CliProject("offline")) {
            project(p, "SELECT no_such_function() -- fails");
            Path up = script(p, "upgrade", "--sql", "head");
            Psql run = psql(p.db, up, Map.of());
            assertNotEquals(0, run.exitCode(), run.output());
            // M1 committed; nothing after the failure ran
            assertEquals(List.of("1"), p.db.column("SELECT id FROM users ORDER BY id"));
            assertEquals(List.of("aaa111"), p.db.column("SELECT revision FROM retort_version"));
            assertEquals(List.of(), p.db.column("SELECT indexname FROM pg_indexes WHERE tablename = 'users'"));
        }
    }

    @Test
    void theScriptWaitsForTheMigrationLock() throws Exception {
        try (CliProject p = new CliProject("offline")) {
            project(p, "SELECT 1");
            Path up = script(p, "upgrade", "--sql", "head");
            try (Connection holder = p.db.connect();
                 PreparedStatement ps = holder.prepareStatement("SELECT pg_advisory_lock(?)")) {
                ps.setLong(1, MigrationLock.key("public", "retort_version"));
                ps.execute();
                Psql run = psql(p.db, up, Map.of("PGOPTIONS", "-c lock_timeout=1000"));
                assertNotEquals(0, run.exitCode(), run.output());
                assertTrue(run.output().contains("lock timeout"), run.output());
            }
            assertEquals(List.of(), Catalog.tables(p.db));
            Path stamp = script(p, "stamp", "--sql", "bbb222");
            assertTrue(Files.readString(stamp).startsWith("\\set ON_ERROR_STOP on\n"));
            assertEquals(0, psql(p.db, stamp, Map.of()).exitCode());
            assertEquals("bbb222 (current)", p.ok("current").out().strip());
        }
    }
}
