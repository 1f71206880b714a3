package dev.retort.acceptance;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Eight separate JVMs run {@code upgrade head} at once; each migration is applied exactly once. */
class ConcurrentUpgradeTest {
    private static final int PROCESSES = 8;

    @Test
    void eightProcessesApplyEachMigrationOnce() throws Exception {
        try (CliProject p = new CliProject("concurrent")) {
            p.write("M1", Migrations.source("M1", "aaa111", Migrations.parents(),
                    "op.createTable(\"applied\", column(\"revision\", TEXT)); op.execute(\"INSERT INTO applied VALUES ('aaa111')\");",
                    "op.dropTable(\"applied\");"));
            p.write("M2", Migrations.source("M2", "bbb222", Migrations.parents("aaa111"),
                    "op.execute(\"INSERT INTO applied SELECT 'bbb222' FROM pg_sleep(0.3)\");",
                    "op.execute(\"DELETE FROM applied WHERE revision = 'bbb222'\");"));
            p.write("M3", Migrations.source("M3", "ccc333", Migrations.parents("bbb222"),
                    "op.execute(\"INSERT INTO applied VALUES ('ccc333')\");",
                    "op.execute(\"DELETE FROM applied WHERE revision = 'ccc333'\");"));

            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<Process> processes = new ArrayList<>();
            List<Path> logs = new ArrayList<>();
            for (int i = 0; i < PROCESSES; i++) {
                Path log = p.dir.resolve("run-" + i + ".log");
                logs.add(log);
                ProcessBuilder pb = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                        "-cp", System.getProperty("java.class.path"), "dev.retort.cli.Main", "upgrade", "head")
                        .directory(p.dir.toFile())
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile());
                pb.environment().put("RETORT_URL", p.db.jdbcUrl());
                processes.add(pb.start());
            }
            for (int i = 0; i < PROCESSES; i++) {
                assertTrue(processes.get(i).waitFor(120, TimeUnit.SECONDS), "process " + i + " hangs");
                assertEquals(0, processes.get(i).exitValue(), "process " + i + ": " + Files.readString(logs.get(i)));
            }
            assertEquals(List.of("aaa111", "bbb222", "ccc333"),
                    p.db.column("SELECT revision FROM applied ORDER BY revision"));
            assertEquals(List.of("aaa111", "bbb222", "ccc333"), Catalog.applied(p.db));
            assertEquals(List.of("ccc333"), Catalog.heads(p.db));
            long ran = 0;
            for (Path log : logs) {
                ran += Files.readAllLines(log).stream().filter(l -> l.startsWith("upgrade ")).count();
            }
            assertEquals(3, ran, "each migration reported once across all processes");
            assertTrue(new File(p.dir.toFile(), ".retort/cache/migrations").isDirectory());
        }
    }
}
