package dev.retort.acceptance;

import dev.retort.runtime.lock.MigrationLock;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A run that cannot get the migration lock gives up after the timeout and names who holds it. */
class LockTimeoutTest {

    @Test
    void namesTheBackendHoldingTheLock() throws Exception {
        try (CliProject p = new CliProject("lock")) {
            p.write("M1", Migrations.source("M1", "aaa111", Migrations.parents(),
                    "op.createTable(\"users\", column(\"id\", INTEGER));", "op.dropTable(\"users\");"));
            try (Connection holder = p.db.connect()) {
                try (Statement s = holder.createStatement()) {
                    s.execute("SET application_name = 'other-deploy'");
                }
                try (PreparedStatement ps = holder.prepareStatement("SELECT pg_advisory_lock(?)")) {
                    ps.setLong(1, MigrationLock.key("public", "retort_version"));
                    ps.execute();
                }
                int pid = Integer.parseInt(p.db.column("SELECT pid FROM pg_stat_activity WHERE application_name = 'other-deploy'").get(0));

                long start = System.nanoTime();
                CliResult r = p.run("upgrade", "--lock-timeout", "1s");
                long millis = (System.nanoTime() - start) / 1_000_000;

                assertEquals(10, r.exitCode(), r.toString());
                assertTrue(r.err().contains("pid " + pid) && r.err().contains("other-deploy"), r.toString());
                assertTrue(millis >= 1000, "waited " + millis + " ms");
                assertEquals(List.of(), Catalog.tables(p.db));
            }
            p.ok("upgrade");
            assertEquals(List.of("retort_version", "users"), Catalog.tables(p.db));
        }
    }
}
