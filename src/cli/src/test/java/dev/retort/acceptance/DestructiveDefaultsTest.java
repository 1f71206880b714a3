package dev.retort.acceptance;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code reset} drops a configured database's data only when its name is typed back ({@code --yes=NAME});
 * {@code downgrade} without a target goes back one revision.
 */
class DestructiveDefaultsTest {

    private static void chain(CliProject p) {
        p.write("M1", Migrations.source("M1", "aaa111", Migrations.parents(),
                "op.createTable(\"users\", column(\"id\", INTEGER));", "op.dropTable(\"users\");"));
        p.write("M2", Migrations.source("M2", "bbb222", Migrations.parents("aaa111"),
                "op.createTable(\"orders\", column(\"id\", INTEGER));", "op.dropTable(\"orders\");"));
    }

    @Test
    void resetWantsTheDatabaseNameTypedBack() {
        try (CliProject p = new CliProject("reset_name")) {
            chain(p);
            p.ok("upgrade");
            p.db.execute("INSERT INTO users VALUES (1)");
            String before = Catalog.snapshot(p.db);

            CliResult bare = p.run("reset", "--yes");
            assertEquals(2, bare.exitCode(), bare.toString());
            assertTrue(bare.err().contains("--yes=" + p.db.name()), bare.toString());

            CliResult wrong = p.run("reset", "--yes=postgres");
            assertEquals(2, wrong.exitCode(), wrong.toString());
            assertTrue(wrong.err().contains("'postgres'") && wrong.err().contains(p.db.name()), wrong.toString());

            CliResult none = p.run("reset");
            assertEquals(2, none.exitCode(), none.toString());
            assertEquals(before, Catalog.snapshot(p.db), "refused resets change nothing");
            assertEquals(List.of("1"), p.db.column("SELECT id FROM users"));

            p.ok("reset", "--yes=" + p.db.name());
            assertEquals(List.of(), p.db.column("SELECT id FROM users"));
            assertEquals(List.of("bbb222"), Catalog.heads(p.db));
        }
    }

    @Test
    void resetOfTheEmbeddedDatabaseNeedsOnlyYes() {
        try (CliProject p = new CliProject("reset_embedded")) {
            chain(p);
            p.env.remove("RETORT_URL");
            p.ok("upgrade");
            CliResult r = p.ok("reset", "--yes");
            assertTrue(r.out().contains("downgrade aaa111") && r.out().contains("upgrade bbb222")
                    || r.out().contains("aaa111") && r.out().contains("bbb222"), r.toString());
        }
    }

    @Test
    void downgradeWithoutTargetGoesBackOneRevision() {
        try (CliProject p = new CliProject("downgrade_one")) {
            chain(p);
            p.ok("upgrade");
            CliResult r = p.ok("downgrade");
            assertTrue(r.out().contains("bbb222"), r.toString());
            assertEquals(List.of("aaa111"), Catalog.heads(p.db));
            assertEquals(List.of("retort_version", "users"), Catalog.tables(p.db));
            p.ok("downgrade");
            assertEquals(List.of(), Catalog.applied(p.db));
            CliResult atBase = p.run("downgrade");
            assertEquals(7, atBase.exitCode(), atBase.toString());
        }
    }
}
