package dev.retort.acceptance;

import dev.retort.cli.Main;
import dev.retort.embedded.EmbeddedServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Without a URL, commands share an embedded PostgreSQL whose data lives in .retort/pg. */
class EmbeddedDatabaseTest {
    @TempDir
    Path dir;

    private CliResult run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of(), dir).run(args);
        return new CliResult(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void stateSurvivesBetweenCommandsAndAStalePidFile() throws Exception {
        assertEquals(0, run("init").exitCode());
        Files.writeString(dir.resolve("migrations/M1.java"), Migrations.source("M1", "aaa111", Migrations.parents(),
                "op.createTable(\"users\", column(\"id\", INTEGER));", "op.dropTable(\"users\");"));
        CliResult up = run("upgrade");
        assertEquals(0, up.exitCode(), up.toString());
        assertTrue(Files.exists(dir.resolve(".retort/pg/PG_VERSION")));
        assertTrue(Files.readString(dir.resolve(".retort/.gitignore")).contains("*"));

        // a killed run leaves postmaster.pid behind
        Files.writeString(dir.resolve(".retort/pg/postmaster.pid"), "999999\n" + dir.resolve(".retort/pg") + "\n");
        CliResult current = run("current");
        assertEquals(0, current.exitCode(), current.toString());
        assertEquals("aaa111 (head) (current)", current.out().strip());

        try (EmbeddedServer server = EmbeddedServer.start(dir.resolve(".retort"), Duration.ofSeconds(30));
             Connection c = server.open(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1")) {
            List<String> tables = new ArrayList<>();
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
            assertEquals(List.of("retort_version", "users"), tables);
        }
    }
}
