package dev.retort.acceptance;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code dropEnumValue} rebuilds the type: the check constraints and indexes that use it are rebuilt too;
 * anything else that uses it (a view, a generated column, a default of another column, a function) makes
 * it refuse up front, naming those objects, with nothing changed. Online and through the offline script.
 */
class DropEnumValueDependentsTest {
    private static final String SETUP = "op.execute(\"CREATE TYPE color AS ENUM ('red', 'green', 'blue')\");\n"
            + "        op.execute(\"CREATE TABLE paint (id int PRIMARY KEY, c color NOT NULL DEFAULT 'green', cs color[], "
            + "CONSTRAINT paint_not_blue CHECK (c <> 'blue'))\");\n"
            + "        op.execute(\"CREATE INDEX paint_green ON paint (id) WHERE c = 'green'\");\n"
            + "        op.execute(\"CREATE INDEX paint_expr ON paint ((c = 'blue'::color))\");\n"
            + "        op.execute(\"INSERT INTO paint VALUES (1, 'green', ARRAY['green']::color[])\");";

    private static void project(CliProject p, String extra) {
        p.write("M1", Migrations.source("M1", "aaa111", Migrations.parents(), SETUP + extra, ""));
        p.write("M2", Migrations.source("M2", "bbb222", Migrations.parents("aaa111"),
                "op.dropEnumValue(\"color\", \"red\");", "op.addEnumValueBefore(\"color\", \"red\", \"green\");"));
    }

    private static List<String> catalog(CliProject p) {
        return p.db.column("SELECT conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 'paint'::regclass "
                + "UNION ALL SELECT indexdef FROM pg_indexes WHERE tablename = 'paint' "
                + "UNION ALL SELECT string_agg(enumlabel, ',' ORDER BY enumsortorder) FROM pg_enum WHERE enumtypid = 'color'::regtype "
                + "ORDER BY 1");
    }

    @Test
    void checksAndPartialIndexesAreRebuilt() throws Exception {
        try (CliProject p = new CliProject("dropenum")) {
            project(p, "");
            p.ok("upgrade", "aaa111");
            p.ok("upgrade");
            List<String> online = catalog(p);
            assertTrue(online.contains("green,blue"), online.toString());
            assertTrue(online.stream().anyMatch(s -> s.startsWith("paint_not_blue CHECK")), online.toString());
            assertTrue(online.stream().anyMatch(s -> s.contains("paint_green") && s.contains("WHERE")), online.toString());
            assertTrue(online.stream().anyMatch(s -> s.contains("paint_expr")), online.toString());
            assertEquals(List.of("green"), p.db.column("SELECT c::text FROM paint"));
            assertEquals("0", p.db.column("SELECT count(*) FROM pg_type WHERE typname LIKE 'color%retort%'").get(0));

            // offline: the same result through psql on a fresh database
            try (CliProject q = new CliProject("dropenum")) {
                project(q, "");
                Path script = Files.createTempFile(q.dir, "up", ".sql");
                Files.writeString(script, q.ok("upgrade", "--sql", "head").out());
                OfflineScriptPsqlTest.Psql run = OfflineScriptPsqlTest.psql(q.db, script, java.util.Map.of());
                assertEquals(0, run.exitCode(), run.output());
                assertEquals(online, catalog(q));
            }
        }
    }

    @Test
    void otherDependentsAreNamedAndNothingChanges() throws Exception {
        try (CliProject p = new CliProject("dropenum")) {
            project(p, "\n        op.execute(\"CREATE VIEW paint_view AS SELECT id, c FROM paint\");"
                    + "\n        op.execute(\"ALTER TABLE paint ADD COLUMN is_green boolean GENERATED ALWAYS AS (c = 'green'::color) STORED\");"
                    + "\n        op.execute(\"CREATE TABLE other (t text DEFAULT ('red'::color)::text)\");"
                    + "\n        op.execute(\"CREATE FUNCTION is_red(x color) RETURNS boolean LANGUAGE sql AS 'SELECT x = ''red''::color'\");");
            p.ok("upgrade", "aaa111");
            List<String> before = catalog(p);
            CliResult r = p.run("upgrade");
            assertEquals(9, r.exitCode(), r.toString());
            for (String named : List.of("paint_view", "is_green", "other", "is_red")) {
                assertTrue(r.err().contains(named), named + " not named:\n" + r);
            }
            assertEquals(before, catalog(p));
            assertEquals("aaa111 (current)", p.ok("current").out().strip());
        }
    }
}
