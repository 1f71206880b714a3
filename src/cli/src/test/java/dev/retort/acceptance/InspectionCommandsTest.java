package dev.retort.acceptance;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** history, show, current, heads, validate and stamp: stable output, and the version table they change. */
class InspectionCommandsTest {

    private static void threeInARow(CliProject p) {
        p.write("M1", Migrations.source("M1", "aaa111", Migrations.parents(),
                "op.createTable(\"t1\", column(\"id\", INTEGER));", "op.dropTable(\"t1\");"));
        p.write("M2", Migrations.source("M2", "bbb222", Migrations.parents("aaa111"),
                "op.createTable(\"t2\", column(\"id\", INTEGER));", "op.dropTable(\"t2\");"));
        p.write("M3", Migrations.source("M3", "ccc333", Migrations.parents("bbb222"),
                "op.createTable(\"t3\", column(\"id\", INTEGER));", "op.dropTable(\"t3\");"));
    }

    @Test
    void historyRangesAndShow() {
        try (CliProject p = new CliProject("inspect_history")) {
            threeInARow(p);
            assertEquals(List.of("bbb222 -> ccc333 (head), M3", "aaa111 -> bbb222, M2"),
                    p.ok("history", "-r", "bbb222:head").out().lines().toList());
            p.ok("upgrade", "+2");
            assertEquals(List.of("t1", "t2"), Catalog.tables(p.db).stream().filter(t -> t.startsWith("t")).toList());
            assertEquals(List.of("bbb222 -> ccc333 (head), M3", "aaa111 -> bbb222 (current), M2"),
                    p.ok("history", "-r", "current:").out().lines().toList());
            String show = p.ok("show", "bbb").out();
            assertTrue(show.startsWith("Rev: bbb222\nParent: aaa111\nPath: migrations" + java.io.File.separator + "M2.java"), show);
            String verbose = p.ok("current", "--verbose").out();
            assertTrue(verbose.contains("Rev: bbb222 (current)"), verbose);
            CliResult check = p.run("current", "--check-heads");
            assertEquals(14, check.exitCode(), check.toString());
            assertTrue(check.err().contains("ccc333"), check.toString());
            p.ok("upgrade");
            p.ok("current", "--check-heads");
            assertTrue(p.ok("validate").out().contains("ok: 3 applied migration(s) unchanged, 0 unapplied"));
        }
    }

    @Test
    void stampPurgeAcceptsAnEditAndForgetsUnknownRevisions() throws Exception {
        try (CliProject p = new CliProject("inspect_stamp")) {
            threeInARow(p);
            p.ok("upgrade");
            Files.delete(p.migrations().resolve("M3.java"));
            CliResult refused = p.run("stamp", "bbb222");
            assertEquals(8, refused.exitCode(), refused.toString());
            p.ok("stamp", "bbb222", "--purge");
            assertEquals(List.of("aaa111", "bbb222"), Catalog.applied(p.db));
            assertEquals(List.of("bbb222"), Catalog.heads(p.db));
            assertEquals("stamp", p.db.column("SELECT how FROM retort_version WHERE revision = 'aaa111'").get(0));
            p.ok("stamp", "base");
            assertEquals(List.of(), Catalog.applied(p.db));
            String sql = p.ok("stamp", "--sql", "bbb222").out();
            assertTrue(sql.contains("DELETE FROM \"public\".\"retort_version\"") && sql.contains("'bbb222'"), sql);
        }
    }

    @Test
    void revisionOptions() throws Exception {
        try (CliProject p = new CliProject("inspect_revision")) {
            p.ok("init");
            p.ok("revision", "-m", "root", "--rev-id", "root01", "--branch-label", "core");
            p.ok("revision", "-m", "next", "--rev-id", "next02");
            p.ok("revision", "-m", "other root", "--rev-id", "other3", "--head", "base", "--depends-on", "root01");
            List<String> heads = p.ok("heads").out().lines().toList();
            assertEquals(List.of("next02 (head), next", "other3 (head), other root"), heads);
            String other = Files.readString(Files.list(p.migrations()).filter(f -> f.toString().endsWith("other_root.java"))
                    .findFirst().orElseThrow());
            assertTrue(other.contains("dependsOn = \"root01\"") || other.contains("dependsOn = {\"root01\"}"), other);
            CliResult taken = p.run("revision", "-m", "again", "--rev-id", "next02", "--head", "next02");
            assertEquals(6, taken.exitCode(), taken.toString());
            CliResult notHead = p.run("revision", "-m", "x", "--head", "root01");
            assertEquals(7, notHead.exitCode(), notHead.toString());
            p.ok("upgrade", "heads");
            assertEquals(List.of("next02", "other3"), Catalog.heads(p.db));
            assertEquals(List.of("next02", "other3", "root01"), Catalog.applied(p.db).stream().sorted().toList());
        }
    }
}
