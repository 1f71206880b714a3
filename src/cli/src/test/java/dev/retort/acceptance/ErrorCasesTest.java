package dev.retort.acceptance;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each error: a documented exit code, a message naming the culprit, and a database left as it was. */
class ErrorCasesTest {

    private static void chain(CliProject p) {
        p.write("M1_users", Migrations.source("M1_users", "aaa111", Migrations.parents(),
                "op.createTable(\"users\", column(\"id\", INTEGER));", "op.dropTable(\"users\");"));
        p.write("M2_email", Migrations.source("M2_email", "abc222", Migrations.parents("aaa111"),
                "op.addColumn(\"users\", column(\"email\", TEXT));", "op.dropColumn(\"users\", \"email\");"));
    }

    private static CliResult failsUnchanged(CliProject p, int exitCode, String... args) {
        String before = Catalog.snapshot(p.db);
        CliResult r = p.run(args);
        assertEquals(exitCode, r.exitCode(), r.toString());
        assertTrue(r.err().startsWith("error: "), r.toString());
        assertEquals(before, Catalog.snapshot(p.db), "database changed by a failing command");
        return r;
    }

    @Test
    void editedAppliedMigration() throws Exception {
        try (CliProject p = new CliProject("edited")) {
            chain(p);
            p.ok("upgrade", "aaa111");
            Path m1 = p.migrations().resolve("M1_users.java");
            Files.writeString(m1, Files.readString(m1).replace("column(\"id\", INTEGER)", "column(\"id\", BIGINT)"));
            CliResult r = failsUnchanged(p, 8, "upgrade");
            assertTrue(r.err().contains("M1_users.java") && r.err().contains("aaa111") && r.err().contains("edited"), r.toString());
            CliResult v = p.run("validate");
            assertEquals(8, v.exitCode(), v.toString());
            assertTrue(v.out().contains("edited:") && v.out().contains("unapplied: abc222"), v.toString());
        }
    }

    @Test
    void deletedAppliedMigration() throws Exception {
        try (CliProject p = new CliProject("deleted")) {
            chain(p);
            p.ok("upgrade");
            Files.delete(p.migrations().resolve("M2_email.java"));
            CliResult r = failsUnchanged(p, 8, "upgrade");
            assertTrue(r.err().contains("abc222") && r.err().contains("deleted"), r.toString());
            failsUnchanged(p, 8, "downgrade", "base");
        }
    }

    @Test
    void nonCompilingSource() {
        try (CliProject p = new CliProject("compile")) {
            chain(p);
            p.write("M3_broken", "import dev.retort.api.*;\n\n@Revision(id = \"ccc333\", parents = {\"abc222\"})\n"
                    + "public class M3_broken implements Migration {\n"
                    + "    public void upgrade(Operations op) {\n"
                    + "        op.addColum(\"users\");\n"
                    + "    }\n"
                    + "    public void downgrade(Operations op) { }\n}\n");
            CliResult r = failsUnchanged(p, 5, "upgrade");
            assertTrue(r.err().contains("M3_broken.java:6: error: cannot find symbol"), r.toString());
            assertTrue(r.err().contains("addColum"), r.toString());
            assertEquals(List.of(), Catalog.tables(p.db));
        }
    }

    @Test
    void cycle() {
        try (CliProject p = new CliProject("cycle")) {
            p.write("M1", Migrations.source("M1", "aaa111", Migrations.parents("ccc333"), "", ""));
            p.write("M2", Migrations.source("M2", "bbb222", Migrations.parents("aaa111"), "", ""));
            p.write("M3", Migrations.source("M3", "ccc333", Migrations.parents("bbb222"), "", ""));
            CliResult r = failsUnchanged(p, 6, "upgrade");
            assertTrue(r.err().contains("aaa111") && r.err().contains("bbb222") && r.err().contains("ccc333"), r.toString());
            assertTrue(r.err().toLowerCase().contains("cycle"), r.toString());
        }
    }

    @Test
    void missingParent() {
        try (CliProject p = new CliProject("missing_parent")) {
            chain(p);
            p.write("M3", Migrations.source("M3", "ccc333", Migrations.parents("fff999"), "", ""));
            CliResult r = failsUnchanged(p, 6, "upgrade");
            assertTrue(r.err().contains("ccc333") && r.err().contains("fff999") && r.err().contains("M3.java"), r.toString());
        }
    }

    @Test
    void duplicateId() {
        try (CliProject p = new CliProject("duplicate")) {
            chain(p);
            p.write("M3_again", Migrations.source("M3_again", "abc222", Migrations.parents("aaa111"), "", ""));
            CliResult r = failsUnchanged(p, 6, "upgrade");
            assertTrue(r.err().contains("abc222") && r.err().contains("M3_again.java") && r.err().contains("M2_email.java"), r.toString());
        }
    }

    @Test
    void ambiguousPartialId() {
        try (CliProject p = new CliProject("ambiguous")) {
            chain(p);
            CliResult r = failsUnchanged(p, 7, "upgrade", "a");
            assertTrue(r.err().contains("aaa111") && r.err().contains("abc222"), r.toString());
            assertEquals(List.of(), Catalog.tables(p.db));
        }
    }

    @Test
    void unknownTarget() {
        try (CliProject p = new CliProject("unknown")) {
            chain(p);
            CliResult r = failsUnchanged(p, 7, "upgrade", "zzz");
            assertTrue(r.err().contains("zzz"), r.toString());
            p.ok("upgrade");
            failsUnchanged(p, 7, "downgrade", "zzz");
            failsUnchanged(p, 7, "downgrade", "-5");
        }
    }

    @Test
    void unreachableDatabase() {
        try (CliProject p = new CliProject("unreachable")) {
            chain(p);
            p.env.put("RETORT_URL", "postgresql://nobody:s3cret-pw@127.0.0.1:1/nowhere");
            CliResult r = p.run("upgrade");
            assertEquals(4, r.exitCode(), r.toString());
            assertTrue(r.err().contains("127.0.0.1:1/nowhere"), r.toString());
            assertTrue(!r.all().contains("s3cret-pw"), r.toString());
            assertEquals(List.of(), Catalog.tables(p.db));
        }
    }

    @Test
    void malformedUrl() {
        try (CliProject p = new CliProject("malformed")) {
            chain(p);
            CliResult r = p.run("upgrade", "--url", "postgresql://bob:hunter2@db.example:notaport/app");
            assertEquals(3, r.exitCode(), r.toString());
            assertTrue(r.err().contains("malformed database URL 'postgresql://bob:***@db.example:notaport/app'"), r.toString());
            assertTrue(!r.all().contains("hunter2"), r.toString());
            CliResult jdbc = p.run("upgrade", "--url", "jdbc:postgresql://h:99999999/db?password=hunter2");
            assertEquals(3, jdbc.exitCode(), jdbc.toString());
            assertTrue(!jdbc.all().contains("hunter2"), jdbc.toString());
            assertEquals(List.of(), Catalog.tables(p.db));
        }
    }

    @Test
    void resetRefusesWithoutYes() {
        try (CliProject p = new CliProject("reset")) {
            chain(p);
            p.ok("upgrade");
            failsUnchanged(p, 2, "reset");
            p.ok("reset", "--yes=" + p.db.name());
            assertEquals(List.of("retort_version", "users"), Catalog.tables(p.db));
            assertEquals(List.of("abc222"), Catalog.heads(p.db));
        }
    }

    @Test
    void unknownOptionIsUsageError() {
        try (CliProject p = new CliProject("usage")) {
            chain(p);
            CliResult r = failsUnchanged(p, 2, "upgrade", "--frobnicate");
            assertTrue(r.err().contains("--frobnicate"), r.toString());
        }
    }

    @Test
    void unknownSettingsKeyNamesTheKeyAndTheFile() throws Exception {
        try (CliProject p = new CliProject("unknown_key")) {
            chain(p);
            java.nio.file.Files.writeString(p.dir.resolve("retort.properties"), "migration.dir=migrations\n");
            CliResult r = failsUnchanged(p, 3, "upgrade");
            assertTrue(r.err().contains("migration.dir") && r.err().contains("retort.properties")
                    && r.err().contains("migrations.dir"), r.toString());
        }
    }

    @Test
    void aReservedBranchLabelIsRefusedBeforeAnyFileIsWritten() throws Exception {
        try (CliProject p = new CliProject("reserved_label")) {
            chain(p);
            long before;
            try (var files = java.nio.file.Files.list(p.migrations())) {
                before = files.count();
            }
            CliResult r = p.run("revision", "-m", "Labelled", "--branch-label", "heads");
            assertEquals(6, r.exitCode(), r.toString());
            assertTrue(r.err().contains("heads"), r.toString());
            try (var files = java.nio.file.Files.list(p.migrations())) {
                assertEquals(before, files.count(), "no migration file is written");
            }
            p.ok("upgrade");
        }
    }
}
