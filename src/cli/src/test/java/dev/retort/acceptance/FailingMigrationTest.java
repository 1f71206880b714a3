package dev.retort.acceptance;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A migration that fails half-way leaves neither its schema changes nor its version row. */
class FailingMigrationTest {

    @Test
    void failureInTheDatabaseRollsBackTheWholeMigration() {
        try (CliProject p = new CliProject("failing_sql")) {
            p.write("M1_users", Migrations.source("M1_users", "aaa111", Migrations.parents(),
                    "op.createTable(\"users\", column(\"id\", INTEGER));", "op.dropTable(\"users\");"));
            p.write("M2_broken", Migrations.source("M2_broken", "bbb222", Migrations.parents("aaa111"),
                    "op.createTable(\"half\", column(\"id\", INTEGER)); op.addColumn(\"users\", column(\"x\", TEXT));"
                            + " op.execute(\"INSERT INTO no_such_table VALUES (1)\");",
                    "op.dropTable(\"half\");"));
            p.write("M3_more", Migrations.source("M3_more", "ccc333", Migrations.parents("bbb222"),
                    "op.createTable(\"more\", column(\"id\", INTEGER));", "op.dropTable(\"more\");"));

            CliResult r = p.run("upgrade", "head");

            assertEquals(9, r.exitCode(), r.toString());
            assertTrue(r.err().contains("bbb222") && r.err().contains("M2_broken.java"), r.toString());
            assertTrue(r.err().contains("no_such_table"), r.toString());
            assertTrue(r.out().contains("aaa111"), "migration 1 ran: " + r);
            assertEquals(List.of("retort_version", "users"), Catalog.tables(p.db));
            assertEquals(List.of("id"), Catalog.columns(p.db, "users"));
            assertEquals(List.of("aaa111"), Catalog.applied(p.db));
            assertEquals(List.of("aaa111"), Catalog.heads(p.db));
        }
    }

    @Test
    void exceptionInMigrationCodeRunsNothingOfIt() {
        try (CliProject p = new CliProject("failing_java")) {
            p.write("M1_users", Migrations.source("M1_users", "aaa111", Migrations.parents(),
                    "op.createTable(\"users\", column(\"id\", INTEGER));", "op.dropTable(\"users\");"));
            p.write("M2_throws", Migrations.source("M2_throws", "bbb222", Migrations.parents("aaa111"),
                    "op.createTable(\"half\", column(\"id\", INTEGER)); if (true) throw new IllegalStateException(\"data not ready\");",
                    "op.dropTable(\"half\");"));
            p.write("M3_more", Migrations.source("M3_more", "ccc333", Migrations.parents("bbb222"),
                    "op.createTable(\"more\", column(\"id\", INTEGER));", "op.dropTable(\"more\");"));

            CliResult r = p.run("upgrade");

            assertEquals(9, r.exitCode(), r.toString());
            assertTrue(r.err().contains("bbb222") && r.err().contains("data not ready"), r.toString());
            assertEquals(List.of("retort_version", "users"), Catalog.tables(p.db));
            assertEquals(List.of("aaa111"), Catalog.applied(p.db));
        }
    }
}
