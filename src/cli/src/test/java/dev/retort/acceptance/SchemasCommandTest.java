package dev.retort.acceptance;

import dev.retort.testing.TestRole;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Entities in a schema other than the project's ({@code @Table(schema = ...)}): autogenerate writes them there,
 * upgrade puts them there, check sees them there, and only the schemas the entities use are looked at. What Retort
 * cannot place (a catalog) is refused before anything is written, naming the entity and the attribute.
 */
class SchemasCommandTest {

    private static void report(CliProject p, String table) {
        Entities.write(p.dir.resolve("entities/app/Report.java"), """
                package app;

                import jakarta.persistence.*;

                @Entity
                %s
                public class Report {
                    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
                    Long id;

                    @Column(nullable = false, length = 120)
                    String title;
                }
                """.formatted(table));
    }

    private static String migrationSource(CliProject p) throws Exception {
        try (Stream<Path> files = Files.list(p.migrations())) {
            List<Path> java = files.filter(f -> f.toString().endsWith(".java")).toList();
            assertEquals(1, java.size(), java.toString());
            return Files.readString(java.get(0));
        }
    }

    @Test
    void aTableOfAnotherSchemaIsCreatedThereAndCheckedThere() throws Exception {
        try (CliProject p = new CliProject("schemas_other")) {
            Entities.configure(p);
            Entities.customer(p, "");
            report(p, "@Table(name = \"report\", schema = \"reporting\")");
            p.ok("revision", "--autogenerate", "-m", "Reports");
            String source = migrationSource(p);
            assertTrue(source.contains("op.createSchema(\"reporting\");"), source);
            assertTrue(source.contains("op.inSchema(\"reporting\").createTable(\"report\","), source);
            assertFalse(source.contains("reporting.report"), source);

            CliResult sql = p.ok("upgrade", "--sql");
            assertTrue(sql.out().contains("CREATE SCHEMA reporting;"), sql.out());
            assertTrue(sql.out().contains("CREATE TABLE reporting.report ("), sql.out());

            p.ok("upgrade");
            assertEquals(List.of("reporting.report"), p.db.column("SELECT table_schema || '.' || table_name"
                    + " FROM information_schema.tables WHERE table_name LIKE '%report%'"));
            assertEquals(List.of("customer", "retort_version"), Catalog.tables(p.db));
            CliResult ok = p.ok("check");
            assertTrue(ok.out().startsWith("No drift"), ok.toString());

            // tables of a schema the entities do not use are none of Retort's business
            p.db.execute("CREATE SCHEMA unrelated; CREATE TABLE unrelated.ledger (id bigint)");
            assertTrue(p.ok("check").out().startsWith("No drift"));

            // a hand change to the reporting table is drift
            p.db.execute("ALTER TABLE reporting.report ADD COLUMN note text");
            CliResult drift = p.run("check");
            assertEquals(1, drift.exitCode(), drift.toString());
            assertTrue(drift.out().contains("table reporting.report\n  - drop column report.note"), drift.out());
            CliResult json = p.run("check", "--format", "json");
            assertTrue(json.out().contains("\"table\": \"reporting.report\", \"kind\": \"drop_column\""),
                    json.out());

            p.db.execute("ALTER TABLE reporting.report DROP COLUMN note");
            p.ok("downgrade", "base");
            assertEquals(List.of(), p.db.column("SELECT nspname FROM pg_namespace WHERE nspname = 'reporting'"),
                    "the downgrade drops the schema the upgrade created");
        }
    }

    @Test
    void withAnotherProjectSchemaPublicIsJustAnotherSchema() throws Exception {
        try (CliProject p = new CliProject("schemas_project")) {
            Entities.configure(p);
            Entities.write(p.dir.resolve("retort.properties"), "entities.sources=entities\nschema=app\n");
            Entities.customer(p, "");
            report(p, "@Table(name = \"report\", schema = \"public\")");
            Entities.write(p.dir.resolve("entities/app/Invoice.java"), """
                    package app;

                    import jakarta.persistence.*;

                    @Entity
                    @Table(name = "invoice", schema = "app")
                    public class Invoice {
                        @Id Long id;
                    }
                    """);
            p.db.execute("CREATE SCHEMA app");
            p.ok("revision", "--autogenerate", "-m", "Start");
            String source = migrationSource(p);
            assertTrue(source.contains("op.createTable(\"customer\","), source);
            assertTrue(source.contains("op.createTable(\"invoice\","), source);
            assertTrue(source.contains("op.inSchema(\"public\").createTable(\"report\","), source);
            assertFalse(source.contains("createSchema"), "both schemas exist: " + source);
            p.ok("upgrade");
            assertEquals(List.of("app.customer", "app.invoice", "app.retort_version", "public.report"),
                    p.db.column("SELECT table_schema || '.' || table_name FROM information_schema.tables"
                            + " WHERE table_schema IN ('app', 'public') ORDER BY 1"));
            assertTrue(p.ok("check").out().startsWith("No drift"));
        }
    }

    @Test
    void theCiStairwayChecksTheDowngradeInTheOtherSchemaToo() throws Exception {
        try (CliProject p = new CliProject("schemas_stairway")) {
            Entities.configure(p);
            report(p, "@Table(name = \"report\", schema = \"reporting\")");
            p.ok("revision", "--autogenerate", "-m", "Reports", "--rev-id", "r1");
            assertEquals(0, p.run("check", "--ci").exitCode());

            Path file = AutogenerateCommandTest.migrationFiles(p).get(0);
            String source = Files.readString(file);
            String broken = source.replace("op.inSchema(\"reporting\").dropTable(\"report\");",
                    "op.execute(\"ALTER TABLE reporting.report RENAME TO report_kept\");");
            assertFalse(broken.equals(source), source);
            Files.writeString(file, broken.replace("op.dropSchema(\"reporting\");",
                    "op.execute(\"DROP TABLE reporting.report_kept\"); op.dropSchema(\"reporting\");"));
            // the downgrade still ends empty, so that alone passes; a downgrade that leaves a table behind does not
            assertEquals(0, p.run("check", "--ci").exitCode());
            Files.writeString(file, broken.replace("op.dropSchema(\"reporting\");", ""));
            CliResult r = p.run("check", "--ci");
            assertEquals(15, r.exitCode(), r.toString());
            assertTrue(r.out().contains("report_kept") || r.err().contains("report_kept"), r.toString());
        }
    }

    @Test
    void aSchemaTheRoleMayNotUseIsRefusedRatherThanSeenEmpty() throws Exception {
        try (CliProject p = new CliProject("schemas_usage");
             TestRole role = TestRole.create("nousage", p.db)) {
            Entities.configure(p);
            report(p, "@Table(name = \"report\", schema = \"reporting\")");
            p.ok("revision", "--autogenerate", "-m", "Reports");
            p.ok("upgrade");
            p.db.execute("GRANT SELECT ON public.retort_version TO " + role.name());
            p.env.put("RETORT_URL", role.jdbcUrl());
            CliResult r = p.run("check");
            assertEquals(16, r.exitCode(), r.toString());
            assertTrue(r.err().contains("schema reporting") && r.err().contains("GRANT USAGE ON SCHEMA reporting"),
                    r.toString());
        }
    }

    @Test
    void aCatalogIsRefusedNamingTheEntityAndNothingIsWritten() throws Exception {
        try (CliProject p = new CliProject("schemas_catalog")) {
            Entities.configure(p);
            report(p, "@Table(name = \"report\", catalog = \"warehouse\")");
            CliResult r = p.run("revision", "--autogenerate", "-m", "Reports");
            assertEquals(12, r.exitCode(), r.toString());
            assertTrue(r.err().contains("entity app.Report, @Table") && r.err().contains("catalog warehouse"),
                    r.toString());
            try (Stream<Path> files = Files.list(p.migrations())) {
                assertEquals(0, files.count(), "no migration was written");
            }
        }
    }

    @Test
    void aJoinTableInACatalogIsRefusedNamingTheAttribute() throws Exception {
        try (CliProject p = new CliProject("schemas_catalog_join")) {
            Entities.configure(p);
            Entities.customer(p, "");
            report(p, "@Table(name = \"report\")");
            Entities.write(p.dir.resolve("entities/app/Shelf.java"), """
                    package app;

                    import jakarta.persistence.*;
                    import java.util.Set;

                    @Entity
                    @Table(name = "shelf")
                    public class Shelf {
                        @Id Long id;

                        @ManyToMany
                        @JoinTable(name = "shelf_report", catalog = "warehouse")
                        Set<Report> reports;
                    }
                    """);
            CliResult r = p.run("check");
            assertEquals(12, r.exitCode(), r.toString());
            assertTrue(r.err().contains("attribute app.Shelf.reports") && r.err().contains("catalog warehouse"),
                    r.toString());
        }
    }
}
