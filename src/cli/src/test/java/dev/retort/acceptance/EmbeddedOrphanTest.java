package dev.retort.acceptance;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The embedded server's {@code postmaster.pid} left by a killed run: the server it names is stopped only
 * when it really is this data directory's server; a live process that merely has "postgres" in its
 * command line (the pid was reused) survives.
 */
class EmbeddedOrphanTest {

    @Test
    void stopsItsOwnOrphanAndSparesAnImpostor() throws Exception {
        try (CliProject p = new CliProject("orphan")) {
            p.env.remove("RETORT_URL");
            p.write("M1", Migrations.source("M1", "aaa111", Migrations.parents(),
                    "op.createTable(\"users\", column(\"id\", INTEGER));", "op.dropTable(\"users\");"));
            p.ok("upgrade");
            Path data = p.dir.resolve(".retort/pg");

            // a stale pid file naming an unrelated live process called postgres
            Path bin = Files.createDirectories(p.dir.resolve("impostor"));
            Path postgres = Files.copy(Path.of("/bin/sleep"), bin.resolve("postgres"), StandardCopyOption.REPLACE_EXISTING);
            Process impostor = new ProcessBuilder(postgres.toString(), "600").directory(bin.toFile()).start();
            try {
                assertTrue(impostor.info().command().orElse("").contains("postgres"), impostor.info().toString());
                Files.writeString(data.resolve("postmaster.pid"), impostor.pid() + "\n" + data + "\n");
                CliResult current = p.ok("current");
                assertTrue(current.out().contains("aaa111"), current.toString());
                assertFalse(impostor.waitFor(1, TimeUnit.SECONDS), "the impostor was signalled");
                assertTrue(impostor.isAlive());
            } finally {
                impostor.destroyForcibly();
            }

            // a run killed with kill -9 while its migration runs leaves its server running
            p.write("M2", Migrations.source("M2", "bbb222", Migrations.parents("aaa111"),
                    "op.execute(\"SELECT pg_sleep(60)\");", ""));
            RetortProcess run = RetortProcess.start(p, "killed", "upgrade");
            long orphan;
            try {
                waitForSleep(p, run);
                orphan = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip());
                run.kill9();
            } finally {
                run.stop();
            }
            assertTrue(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false), "the orphan runs");

            p.write("M2", Migrations.source("M2", "bbb222", Migrations.parents("aaa111"),
                    "op.createTable(\"orders\", column(\"id\", INTEGER));", "op.dropTable(\"orders\");"));
            p.ok("upgrade");
            assertFalse(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false), "the orphan was stopped");
        }
    }

    private static void waitForSleep(CliProject p, RetortProcess run) throws Exception {
        Path portFile = p.dir.resolve(".retort/pg.port");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            assertTrue(run.process.isAlive(), "the run ended early:\n" + run.output());
            if (Files.exists(portFile)) {
                String port = Files.readString(portFile).strip();
                try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres?user=postgres");
                     Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE state = 'active' "
                             + "AND position('pg_sleep(60)' IN query) > 0 AND pid <> pg_backend_pid()")) {
                    rs.next();
                    if (rs.getLong(1) > 0) {
                        return;
                    }
                } catch (SQLException notYet) {
                    // the server is still starting
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the run never reached its migration:\n" + run.output());
    }

}
