package dev.retort.acceptance;

import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real {@code ./retort} launcher and shaded jar, as a user runs them. */
class LauncherIT {
    private static final Path LAUNCHER = dev.retort.testing.RepoRoot.resolve("retort");

    record Run(int exitCode, String out, String err) {
    }

    private static Run retort(Path dir, TestDatabase db, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        Path out = Files.createTempFile("retort-out", ".txt");
        Path err = Files.createTempFile("retort-err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        if (db != null) {
            pb.environment().put("DATABASE_URL", db.jdbcUrl());
        }
        Process p = pb.start();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "retort " + String.join(" ", args) + " hangs");
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void sessionThroughTheLauncher() throws Exception {
        Path dir = Files.createTempDirectory("retort-launcher-");
        try (TestDatabase db = TestDatabases.create("launcher")) {
            Run help = retort(dir, null, "--help");
            assertEquals(0, help.exitCode(), help.err());
            assertTrue(help.out().contains("upgrade") && help.out().contains("downgrade"), help.out());
            assertEquals("", help.err(), "the launcher is quiet");

            assertEquals(0, retort(dir, db, "init").exitCode());
            Files.writeString(dir.resolve("migrations/M1_users.java"), Migrations.source("M1_users", "aaa111",
                    Migrations.parents(), "op.createTable(\"users\", column(\"id\", INTEGER));", "op.dropTable(\"users\");"));
            Run up = retort(dir, db, "upgrade");
            assertEquals(0, up.exitCode(), up.err());
            assertEquals("", up.err());
            assertEquals(List.of("retort_version", "users"), Catalog.tables(db));

            Run current = retort(dir, db, "current");
            assertEquals("aaa111 (head) (current)", current.out().strip());

            Run bad = retort(dir, db, "upgrade", "nope");
            assertEquals(7, bad.exitCode(), bad.err());
            assertTrue(bad.err().contains("nope"));

            Run down = retort(dir, db, "downgrade", "base");
            assertEquals(0, down.exitCode(), down.err());
            assertEquals(List.of("retort_version"), Catalog.tables(db));
        }
    }
}
