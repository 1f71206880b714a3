package dev.retort.acceptance;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The applied state comes from the version table's rows: a table whose rows contradict their own
 * {@code is_head} flags or the revision graph is refused (exit 8, naming the rows) by {@code current},
 * {@code validate}, {@code check} and {@code upgrade} alike, and {@code stamp} records the real state.
 */
class VersionTableTruthTest {

    private static void chain(CliProject p) {
        p.write("M1", Migrations.source("M1", "aaa111", Migrations.parents(),
                "op.createTable(\"users\", column(\"id\", INTEGER));", "op.dropTable(\"users\");"));
        p.write("M2", Migrations.source("M2", "bbb222", Migrations.parents("aaa111"),
                "op.createTable(\"orders\", column(\"id\", INTEGER));", "op.dropTable(\"orders\");"));
        p.write("M3", Migrations.source("M3", "ccc333", Migrations.parents("bbb222"),
                "op.createTable(\"items\", column(\"id\", INTEGER));", "op.dropTable(\"items\");"));
    }

    private static void refusedEverywhere(CliProject p, String... named) {
        String before = Catalog.snapshot(p.db);
        for (String[] command : List.of(new String[]{"current"}, new String[]{"validate"}, new String[]{"check"},
                new String[]{"upgrade"}, new String[]{"downgrade", "base"}, new String[]{"history", "-r", "current:"})) {
            CliResult r = p.run(command);
            assertEquals(8, r.exitCode(), String.join(" ", command) + ": " + r);
            for (String id : named) {
                assertTrue(r.all().contains(id), String.join(" ", command) + " names " + id + ": " + r);
            }
            assertTrue(r.err().contains("retort stamp"), r.toString());
            assertEquals(before, Catalog.snapshot(p.db), String.join(" ", command) + " changed the database");
        }
    }

    @Test
    void deletedHeadRowIsRefused() {
        try (CliProject p = new CliProject("vt_deleted_head")) {
            chain(p);
            p.ok("upgrade", "bbb222");
            p.db.execute("DELETE FROM retort_version WHERE revision = 'bbb222'");
            refusedEverywhere(p, "aaa111");
            p.ok("stamp", "bbb222");
            assertEquals("bbb222 (current)", p.ok("current").out().strip().replace(" (head)", ""));
            p.ok("upgrade");
            assertEquals(List.of("aaa111", "bbb222", "ccc333"), Catalog.applied(p.db));
            assertEquals(List.of("ccc333"), Catalog.heads(p.db));
        }
    }

    @Test
    void clearedFlagsAreRefused() {
        try (CliProject p = new CliProject("vt_no_flags")) {
            chain(p);
            p.ok("upgrade");
            p.db.execute("UPDATE retort_version SET is_head = false");
            refusedEverywhere(p, "ccc333", "is_head");
        }
    }

    @Test
    void extraFlagIsRefused() {
        try (CliProject p = new CliProject("vt_two_flags")) {
            chain(p);
            p.ok("upgrade");
            p.db.execute("UPDATE retort_version SET is_head = true WHERE revision = 'aaa111'");
            refusedEverywhere(p, "aaa111", "bbb222", "is_head");
        }
    }

    @Test
    void rowWithoutItsParentIsRefused() {
        try (CliProject p = new CliProject("vt_gap")) {
            chain(p);
            p.ok("upgrade");
            p.db.execute("DELETE FROM retort_version WHERE revision = 'bbb222'");
            refusedEverywhere(p, "ccc333", "bbb222");
            p.ok("stamp", "ccc333");
            assertEquals(List.of("aaa111", "bbb222", "ccc333"), Catalog.applied(p.db));
            p.ok("validate");
        }
    }
}
