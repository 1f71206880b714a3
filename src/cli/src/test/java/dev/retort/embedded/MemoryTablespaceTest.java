package dev.retort.embedded;

import dev.retort.scratch.ScratchDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The scratch databases of an embedded server live in a tablespace in memory: made on first use, made again
 * when its folder is gone (a reboot), and not used where there is no memory folder to put it in.
 */
class MemoryTablespaceTest {
    @TempDir
    static Path state;
    private static EmbeddedServer server;

    @BeforeAll
    static void start() {
        server = EmbeddedServer.start(state.resolve(".retort"), Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() throws SQLException {
        String folder;
        try (Connection admin = server.open(); Statement s = admin.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT pg_tablespace_location(oid) FROM pg_tablespace WHERE spcname = '" + MemoryTablespace.NAME + "'")) {
            folder = rs.next() ? rs.getString(1) : null;
        }
        server.close();
        if (folder != null) {
            dev.retort.io.Trees.deleteQuietly(Path.of(folder));
        }
    }

    @Test
    void isMadeInTheMemoryFolderOnceAndAgainWhenItsFolderIsGone(@TempDir Path memory) throws Exception {
        try (Connection admin = server.open()) {
            assertEquals(MemoryTablespace.NAME, MemoryTablespace.ready(admin, server.dataDirectory(), memory));
            String location = location(admin);
            assertTrue(location.startsWith(memory.toString()), location);
            Path folder = Path.of(location);
            Path marker = Files.createFile(folder.resolve("marker"));
            assertEquals(MemoryTablespace.NAME, MemoryTablespace.ready(admin, server.dataDirectory(), memory));
            assertTrue(Files.exists(marker), "an intact tablespace is used as it is");

            dev.retort.io.Trees.deleteQuietly(folder);
            assertEquals(MemoryTablespace.NAME, MemoryTablespace.ready(admin, server.dataDirectory(), memory));
            assertTrue(Files.isDirectory(folder), "made again after its folder went");
            try (Statement s = admin.createStatement()) {
                s.execute("CREATE DATABASE retort_memory_probe TEMPLATE template0 TABLESPACE " + MemoryTablespace.NAME);
                s.execute("DROP DATABASE retort_memory_probe");
            }
        }
    }

    @Test
    void isNotUsedWithoutAWritableMemoryFolder(@TempDir Path dir) throws SQLException, IOException {
        try (Connection admin = server.open()) {
            assertNull(MemoryTablespace.ready(admin, server.dataDirectory(), dir.resolve("missing")));
            Path file = Files.writeString(dir.resolve("a-file"), "");
            assertNull(MemoryTablespace.ready(admin, server.dataDirectory(), file));
        }
    }

    @Test
    void scratchDatabasesOfTheEmbeddedServerAreMadeThere() throws SQLException {
        boolean memory = Files.isDirectory(Path.of("/dev/shm")) && Files.isWritable(Path.of("/dev/shm"));
        EmbeddedScratchServer scratch = new EmbeddedScratchServer(server, false);
        String name;
        try (ScratchDatabase db = ScratchDatabase.create(scratch, List.of());
             Connection admin = server.open();
             Statement s = admin.createStatement();
             ResultSet rs = s.executeQuery("SELECT t.spcname FROM pg_database d JOIN pg_tablespace t"
                     + " ON t.oid = d.dattablespace WHERE d.datname = '" + db.name() + "'")) {
            name = db.name();
            assertTrue(rs.next());
            assertEquals(memory ? MemoryTablespace.NAME : "pg_default", rs.getString(1));
        }
        try (Connection admin = server.open(); Statement s = admin.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_database WHERE datname = '" + name + "'")) {
            assertTrue(rs.next());
            assertEquals(0, rs.getInt(1), "dropped on close");
        }
        assertFalse(name.isEmpty());
    }

    @Test
    void theLockTableHoldsTheRelationsOfALargeSchema() throws SQLException {
        // a round trip of 5000 entities locks about 30,000 relations in one transaction: the default lock table
        // (64 per connection) holds about 19,000
        try (Connection admin = server.open(); Statement s = admin.createStatement();
             ResultSet rs = s.executeQuery("SELECT current_setting('max_locks_per_transaction')::int"
                     + " * (current_setting('max_connections')::int + current_setting('max_prepared_transactions')::int)")) {
            assertTrue(rs.next());
            assertTrue(rs.getInt(1) >= 60_000, "lock table of " + rs.getInt(1) + " entries");
        }
    }

    private static String location(Connection admin) throws SQLException {
        try (Statement s = admin.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT pg_tablespace_location(oid) FROM pg_tablespace WHERE spcname = '" + MemoryTablespace.NAME + "'")) {
            assertTrue(rs.next());
            return rs.getString(1);
        }
    }
}
