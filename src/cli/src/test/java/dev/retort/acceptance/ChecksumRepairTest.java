package dev.retort.acceptance;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Checksums survive line-end and byte-order-mark changes, old raw-byte checksums stay accepted, and
 * {@code repair} accepts a deliberate edit with an audit line, without touching the schema.
 */
class ChecksumRepairTest {

    private static void m1(CliProject p) {
        p.write("M1", Migrations.source("M1", "aaa111", Migrations.parents(),
                "op.createTable(\"users\", column(\"id\", INTEGER));", "op.dropTable(\"users\");"));
        p.write("M2", Migrations.source("M2", "bbb222", Migrations.parents("aaa111"),
                "op.createTable(\"orders\", column(\"id\", INTEGER));", "op.dropTable(\"orders\");"));
    }

    @Test
    void crlfAndBomAreNotEdits() throws Exception {
        try (CliProject p = new CliProject("checksum")) {
            m1(p);
            p.ok("upgrade");
            Path f = p.migrations().resolve("M1.java");
            String lf = Files.readString(f);
            Files.writeString(f, lf.replace("\n", "\r\n"));
            p.ok("validate");
            p.ok("upgrade");
            byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
            byte[] body = lf.replace("\n", "\r").getBytes(StandardCharsets.UTF_8);
            byte[] both = new byte[bom.length + body.length];
            System.arraycopy(bom, 0, both, 0, 3);
            System.arraycopy(body, 0, both, 3, body.length);
            Files.write(f, both);
            p.ok("validate");
            p.ok("downgrade", "base");
            p.ok("upgrade"); // the BOM file compiles and runs
            assertEquals(List.of("orders", "retort_version", "users"), Catalog.tables(p.db));
            // a real edit is still an edit
            Files.writeString(f, lf.replace("INTEGER", "BIGINT"));
            assertEquals(8, p.run("validate").exitCode());
        }
    }

    @Test
    void checksumsRecordedOverRawBytesAreStillAccepted() throws Exception {
        try (CliProject p = new CliProject("checksum")) {
            m1(p);
            Path f = p.migrations().resolve("M1.java");
            Files.writeString(f, Files.readString(f).replace("\n", "\r\n"));
            p.ok("upgrade");
            // what earlier versions recorded: sha-256 of the raw bytes
            String raw = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
            p.db.execute("UPDATE retort_version SET checksum = '" + raw + "' WHERE revision = 'aaa111'");
            p.ok("validate");
            p.ok("downgrade", "aaa111");
            p.ok("upgrade");
        }
    }

    @Test
    void repairRecordsTheNewChecksumWithAnAuditLine() throws Exception {
        try (CliProject p = new CliProject("checksum")) {
            m1(p);
            p.ok("upgrade");
            Path f = p.migrations().resolve("M1.java");
            Files.writeString(f, Files.readString(f).replace("public void upgrade", "// reviewed\n    public void upgrade"));
            assertEquals(8, p.run("upgrade").exitCode());
            CliResult edited = p.run("validate");
            assertEquals(8, edited.exitCode());
            assertTrue(edited.out().contains("retort repair aaa111"), edited.toString());
            List<String> schemaBefore = p.db.column("SELECT table_name || ':' || column_name || ':' || data_type "
                    + "FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> 'retort_version' ORDER BY 1");

            assertEquals(2, p.run("repair").exitCode(), "names no revision");
            assertEquals(7, p.run("repair", "nosuch").exitCode());
            CliResult r = p.ok("repair", "aaa111");
            assertTrue(r.out().contains("repaired aaa111"), r.toString());
            p.ok("validate");
            CliResult again = p.ok("repair", "aaa111");
            assertTrue(again.out().contains("unchanged"), again.toString());

            List<String> audit = p.db.column("SELECT repairs FROM retort_version WHERE revision = 'aaa111'");
            String line = audit.get(0);
            assertTrue(line.contains("database user postgres"), line);
            assertTrue(line.contains("OS user " + System.getProperty("user.name")), line);
            assertTrue(line.matches("(?s)\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ .*"), line);
            assertEquals(List.of("bbb222"), p.db.column("SELECT revision FROM retort_version WHERE repairs IS NULL"));
            assertEquals(schemaBefore, p.db.column("SELECT table_name || ':' || column_name || ':' || data_type "
                    + "FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> 'retort_version' ORDER BY 1"));
            p.ok("upgrade");

            // an unapplied revision cannot be repaired
            p.ok("downgrade", "aaa111");
            assertEquals(7, p.run("repair", "bbb222").exitCode());
        }
    }

    @Test
    void anOldVersionTableGetsTheColumnFromMigratingCommandsOnly() throws Exception {
        try (CliProject p = new CliProject("checksum")) {
            m1(p);
            // the version table as earlier versions created it
            p.db.execute("CREATE TABLE retort_version (revision varchar(64) PRIMARY KEY, checksum varchar(80) NOT NULL, "
                    + "applied_at timestamptz NOT NULL DEFAULT now(), execution_ms bigint NOT NULL DEFAULT 0, "
                    + "applied_by varchar(256) NOT NULL, is_head boolean NOT NULL, how varchar(16) NOT NULL)");
            p.ok("stamp", "aaa111");
            p.db.execute("ALTER TABLE retort_version DROP COLUMN repairs");
            String columns = "SELECT column_name FROM information_schema.columns WHERE table_name = 'retort_version' ORDER BY ordinal_position";
            List<String> old = p.db.column(columns);
            p.ok("current");
            p.ok("history");
            p.ok("validate");
            assertEquals(old, p.db.column(columns), "reading commands do not change the version table");
            p.ok("upgrade");
            assertTrue(p.db.column(columns).contains("repairs"));
        }
    }
}
