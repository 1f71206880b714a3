package dev.retort.acceptance;

import dev.retort.runtime.lock.MigrationLock;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Input that used to be accepted and then gave a wrong answer or a half-done change is refused up front. */
class BadInputTest {
    private static final String LONG_ID = "a".repeat(65);

    @Test
    void revisionIdsLongerThanTheVersionColumnAreRefusedBeforeAnythingRuns() throws Exception {
        try (CliProject p = new CliProject("badinput")) {
            p.ok("init");
            CliResult cli = p.run("revision", "-m", "Too long", "--rev-id", LONG_ID);
            assertEquals(6, cli.exitCode(), cli.toString());
            assertTrue(cli.err().contains("64"), cli.toString());
            try (var files = Files.list(p.migrations())) {
                assertEquals(0, files.filter(f -> f.toString().endsWith(".java")).count(), "no migration was written");
            }
            // a hand-written, non-transactional migration with such an id: refused when loaded, nothing applied
            p.write("M1", Migrations.source("M1", "aaa111", Migrations.parents(),
                    "op.createTable(\"users\", column(\"id\", INTEGER));", "op.dropTable(\"users\");"));
            p.write("M2", "import dev.retort.api.*;\nimport static dev.retort.api.Schema.*;\n\n"
                    + "@Revision(id = \"" + LONG_ID + "\", parents = \"aaa111\", transactional = false)\n"
                    + "public class M2 implements Migration {\n"
                    + "    public void upgrade(Operations op) { op.createTable(\"orders\", column(\"id\", INTEGER)); }\n"
                    + "    public void downgrade(Operations op) { op.dropTable(\"orders\"); }\n}\n");
            CliResult up = p.run("upgrade");
            assertEquals(6, up.exitCode(), up.toString());
            assertTrue(up.err().contains("M2.java") && up.err().contains("64"), up.toString());
            assertEquals(List.of(), Catalog.tables(p.db));
        }
    }

    @Test
    void lockTimeoutsAreParsedAndReportedExactly() throws Exception {
        try (CliProject p = new CliProject("badinput")) {
            p.write("M1", Migrations.source("M1", "aaa111", Migrations.parents(),
                    "op.createTable(\"users\", column(\"id\", INTEGER));", "op.dropTable(\"users\");"));
            for (String bad : List.of("99999999999999999999s", "9999999999999999m", "1e3", "-5s", "5 parsecs", "")) {
                CliResult r = p.run("upgrade", "--lock-timeout", bad);
                assertEquals(3, r.exitCode(), bad + ": " + r);
                assertTrue(r.err().contains("lock-timeout") || r.err().contains("lock.timeout"), r.toString());
                assertFalse(r.err().contains("\tat "), "no stack trace: " + r);
            }
            p.env.put("RETORT_LOCK_TIMEOUT", "1000000000000000000000");
            CliResult env = p.run("current");
            assertEquals(3, env.exitCode(), env.toString());
            p.env.remove("RETORT_LOCK_TIMEOUT");
            try (Connection holder = p.db.connect()) {
                try (PreparedStatement ps = holder.prepareStatement("SELECT pg_advisory_lock(?)")) {
                    ps.setLong(1, MigrationLock.key("public", "retort_version"));
                    ps.execute();
                }
                CliResult r = p.run("upgrade", "--lock-timeout", "500ms");
                assertEquals(10, r.exitCode(), r.toString());
                assertTrue(r.err().contains("gave up waiting 500ms"), r.toString());
                CliResult frac = p.run("upgrade", "--lock-timeout", "1.5s");
                assertTrue(frac.err().contains("gave up waiting 1.5s"), frac.toString());
            }
            assertEquals(List.of(), Catalog.tables(p.db));
        }
    }

    @Test
    void aSecondRevisionClassInOneFileIsRefused() {
        try (CliProject p = new CliProject("badinput")) {
            String first = Migrations.source("M1", "aaa111", Migrations.parents(),
                    "op.createTable(\"users\", column(\"id\", INTEGER));", "op.dropTable(\"users\");");
            String second = "@Revision(id = \"bbb222\", parents = \"aaa111\")\n"
                    + "class M1b implements Migration {\n"
                    + "    public void upgrade(Operations op) { op.createTable(\"orders\", column(\"id\", INTEGER)); }\n"
                    + "    public void downgrade(Operations op) { op.dropTable(\"orders\"); }\n}\n";
            p.write("M1", first + "\n" + second);
            CliResult r = p.run("upgrade");
            assertEquals(5, r.exitCode(), r.toString());
            assertTrue(r.err().contains("M1.java") && r.err().contains("(M1, M1b)"), r.toString());
            assertEquals(List.of(), Catalog.tables(p.db));
            // nested too
            String nested = first.replace("public class M1 implements Migration {",
                    "public class M1 implements Migration {\n    @Revision(id = \"ccc333\") static class Inner {}\n");
            p.write("M1", nested);
            CliResult n = p.run("upgrade");
            assertEquals(5, n.exitCode(), n.toString());
            assertTrue(n.err().contains("M1.Inner") || n.err().contains("Inner"), n.toString());
        }
    }

    @Test
    void checkRefusesAVersionTableThatValidateRefuses() {
        try (CliProject p = new CliProject("badinput")) {
            Entities.configure(p);
            Entities.customer(p, "");
            p.ok("revision", "--autogenerate", "-m", "Create customer", "--rev-id", "c1");
            p.ok("upgrade");
            p.ok("check");
            p.db.execute("UPDATE retort_version SET checksum = 'garbled' WHERE revision = 'c1'");
            assertEquals(8, p.run("validate").exitCode());
            CliResult garbled = p.run("check");
            assertEquals(8, garbled.exitCode(), garbled.toString());
            assertTrue(garbled.err().contains("c1"), garbled.toString());
            p.ok("stamp", "c1", "--purge");
            p.db.execute("INSERT INTO retort_version (revision, checksum, applied_by, is_head, how) "
                    + "VALUES ('bogus9', 'x', 'someone', false, 'upgrade')");
            assertEquals(8, p.run("validate").exitCode());
            CliResult bogus = p.run("check");
            assertEquals(8, bogus.exitCode(), bogus.toString());
            assertTrue(bogus.err().contains("bogus9"), bogus.toString());
        }
    }

    @Test
    void noEntityNamesTheUsersFolderNotTheCache() {
        try (CliProject p = new CliProject("badinput")) {
            Entities.configure(p);
            Entities.write(p.dir.resolve("entities/app/Plain.java"), "package app;\npublic class Plain { Long id; }\n");
            CliResult r = p.run("revision", "--autogenerate", "-m", "Nothing");
            assertEquals(12, r.exitCode(), r.toString());
            assertTrue(r.err().contains("entities"), r.toString());
            assertFalse(r.err().contains(".retort"), r.toString());
            assertFalse(r.err().contains("cache"), r.toString());
        }
    }

    @Test
    void nonUtf8MigrationSourceIsRefusedNamingFileAndLine() throws Exception {
        try (CliProject p = new CliProject("badinput")) {
            Path f = p.write("M1", Migrations.source("M1", "aaa111", Migrations.parents(),
                    "op.execute(\"COMMENT ON SCHEMA public IS 'cafe'\");", ""));
            String text = Files.readString(f);
            byte[] bytes = text.replace("'cafe'", "'caf\u0001'").getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == 1) {
                    bytes[i] = (byte) 0xE9; // ISO-8859-1 é
                }
            }
            Files.write(f, bytes);
            int line = 1 + (int) text.substring(0, text.indexOf("'cafe'")).chars().filter(c -> c == '\n').count();
            CliResult r = p.run("upgrade");
            assertEquals(5, r.exitCode(), r.toString());
            assertTrue(r.err().contains("M1.java:" + line), r.toString());
            assertTrue(r.err().contains("UTF-8"), r.toString());
            assertEquals(List.of(), Catalog.tables(p.db));

            Entities.configure(p);
            Files.writeString(f, text);
            Entities.customer(p, "");
            Path entity = p.dir.resolve("entities/app/Customer.java");
            String e = Files.readString(entity).replace("String name;", "String name = \"caf\u0001\";");
            byte[] eb = e.getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < eb.length; i++) {
                if (eb[i] == 1) {
                    eb[i] = (byte) 0xE9;
                }
            }
            Files.write(entity, eb);
            int eline = 1 + (int) e.substring(0, e.indexOf("caf")).chars().filter(c -> c == '\n').count();
            CliResult er = p.run("revision", "--autogenerate", "-m", "x");
            assertEquals(12, er.exitCode(), er.toString());
            assertTrue(er.err().contains("Customer.java:" + eline) && er.err().contains("UTF-8"), er.toString());
        }
    }
}
