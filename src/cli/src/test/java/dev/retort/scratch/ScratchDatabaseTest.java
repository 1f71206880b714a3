package dev.retort.scratch;

import dev.retort.cli.ExitCodes;
import dev.retort.config.DatabaseUrl;
import dev.retort.errors.ErrorKind;
import dev.retort.errors.RetortException;
import dev.retort.testing.TestDatabases;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Retort's scratch databases on a real server: made with the target's extensions, dropped after; failures are 18. */
class ScratchDatabaseTest {
    private static final ScratchServer SERVER = new UrlScratchServer(DatabaseUrl.parse(TestDatabases.adminUrl(), null, null));

    @Test
    void isCreatedWithTheExtensionsInTheirSchemasAndDroppedOnClose() throws SQLException {
        String name;
        try (ScratchDatabase db = ScratchDatabase.create(SERVER, List.of(
                new InstalledExtension("citext", "1.6", "public"),
                new InstalledExtension("hstore", "1.8", "ext")))) {
            name = db.name();
            assertTrue(name.startsWith(ScratchDatabase.PREFIX), name);
            assertTrue(exists(name));
            try (Statement s = db.connection().createStatement();
                 ResultSet rs = s.executeQuery("SELECT extname || ':' || extnamespace::regnamespace FROM pg_extension "
                         + "WHERE extname <> 'plpgsql' ORDER BY extname")) {
                assertTrue(rs.next());
                assertEquals("citext:public", rs.getString(1));
                assertTrue(rs.next());
                assertEquals("hstore:ext", rs.getString(1));
            }
        }
        assertFalse(exists(name), "dropped on close");
    }

    @Test
    void aSpentDatabaseIsNeverHandedOutAgain() throws SQLException {
        String spent;
        String fresh;
        try (Scratch scratch = Scratch.on(SERVER, "test")) {
            Connection first = scratch.spend(15, List.of());
            spent = first.getCatalog();
            try (Statement s = first.createStatement()) {
                s.execute("CREATE TABLE left_behind (id int)");
            }
            Connection second = scratch.connection(15, List.of());
            fresh = second.getCatalog();
            assertFalse(spent.equals(fresh), "a new database after a spent one");
            assertFalse(exists(spent), "the spent one is dropped first");
            try (Statement s = second.createStatement();
                 ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_class WHERE relname = 'left_behind'")) {
                rs.next();
                assertEquals(0, rs.getInt(1));
            }
            assertEquals(fresh, scratch.connection(15, List.of()).getCatalog(), "one that was not spent is kept");
        }
        assertFalse(exists(fresh), "dropped on close");
    }

    @Test
    void anExtensionTheScratchServerLacksIsNamedWithTheFix() {
        RetortException e = assertThrows(RetortException.class, () -> ScratchDatabase.create(SERVER,
                List.of(new InstalledExtension("retort_no_such_extension", "2.1", "public"))));
        assertEquals(ErrorKind.SCRATCH, e.kind());
        assertEquals(18, ExitCodes.of(e));
        assertTrue(e.getMessage().contains("the target database has extension retort_no_such_extension 2.1 (schema public)"),
                e.getMessage());
        assertTrue(e.getMessage().contains("scratch.url"), e.getMessage());
        assertEquals("retort_no_such_extension", e.object());
    }

    @Test
    void anUnreachableScratchServerIsExit18NamingTheSetting() {
        ScratchServer nowhere = new UrlScratchServer(DatabaseUrl.parse("postgresql://someone:t0ps3cret@127.0.0.1:1/postgres",
                null, null));
        RetortException e = assertThrows(RetortException.class, () -> ScratchDatabase.create(nowhere, List.of()));
        assertEquals(ErrorKind.SCRATCH, e.kind());
        assertTrue(e.getMessage().contains("scratch.url / RETORT_SCRATCH_URL"), e.getMessage());
        assertTrue(e.getMessage().contains("127.0.0.1:1"), e.getMessage());
        assertFalse(e.getMessage().contains("t0ps3cret"), e.getMessage());
    }

    @Test
    void theDatabaseNameIsReplacedWhateverTheUrlCarries() {
        assertEquals("jdbc:postgresql://h:5/x?sslmode=require",
                dev.retort.config.DatabaseUrl.withDatabase("jdbc:postgresql://h:5/postgres?sslmode=require", "x"));
        assertEquals("jdbc:postgresql://h/x", dev.retort.config.DatabaseUrl.withDatabase("jdbc:postgresql://h/", "x"));
        assertEquals("jdbc:postgresql://h/x", dev.retort.config.DatabaseUrl.withDatabase("jdbc:postgresql://h", "x"));
    }

    private static boolean exists(String database) throws SQLException {
        try (Connection c = DriverManager.getConnection(TestDatabases.adminUrl());
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
            return rs.next();
        }
    }
}
