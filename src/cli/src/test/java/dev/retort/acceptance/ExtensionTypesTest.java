package dev.retort.acceptance;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Extension types through the command line, on real PostgreSQL: a project whose entities use citext, hstore,
 * ltree and PostGIS goes through autogenerate, upgrade, check and downgrade; a database that lacks the extension
 * gets exit 17 naming it and the CREATE EXTENSION that fixes it, and is left as it was.
 */
class ExtensionTypesTest {

    private static final String EXTENSION_FIELDS = """
                @Column(nullable = false, columnDefinition = "citext")
                String email;

                @Column(columnDefinition = "hstore")
                String attributes;

                @Column(columnDefinition = "ltree[]")
                String[] paths;

                @Column(columnDefinition = "geometry(Point,4326)")
                byte[] location;

                @org.hibernate.annotations.ColumnDefault("uuid_generate_v4()")
                @Column(nullable = false)
                java.util.UUID token;
            """;

    @Test
    void extensionTypesGoThroughAutogenerateUpgradeCheckAndDowngrade() throws Exception {
        try (CliProject p = new CliProject("ext_cli")) {
            p.db.execute("CREATE EXTENSION citext; CREATE EXTENSION hstore; CREATE EXTENSION ltree; "
                    + "CREATE EXTENSION postgis; CREATE EXTENSION \"uuid-ossp\"");
            Entities.configure(p);
            Entities.customer(p, "");
            p.ok("revision", "--autogenerate", "-m", "Create customer");
            p.ok("upgrade");

            Entities.customer(p, EXTENSION_FIELDS);
            CliResult gen = p.ok("revision", "--autogenerate", "-m", "Extension columns");
            String source = Files.readString(newest(p));
            for (String call : List.of("column(\"email\", type(\"citext\")).notNull()",
                    "column(\"attributes\", type(\"hstore\"))", "column(\"paths\", arrayOf(type(\"ltree\")))",
                    "column(\"location\", type(\"geometry\", \"Point,4326\"))",
                    ".defaultValue(\"uuid_generate_v4()\")")) {
                assertTrue(source.contains(call), "missing " + call + " in\n" + source + "\n" + gen);
            }
            p.ok("upgrade");
            assertEquals(List.of("geometry(Point,4326)"), p.db.column("SELECT format_type(atttypid, atttypmod) "
                    + "FROM pg_attribute WHERE attrelid = 'customer'::regclass AND attname = 'location'"));
            assertTrue(p.ok("check").out().startsWith("No drift"));
            CliResult again = p.ok("revision", "--autogenerate", "-m", "Nothing");
            assertTrue(again.all().contains("No changes"), again.toString());
            assertTrue(Catalog.tables(p.db).contains("spatial_ref_sys"), "PostGIS's own table stays");

            p.ok("downgrade", "-1");
            assertEquals(List.of("id", "name"), Catalog.columns(p.db, "customer"));
            p.ok("upgrade");
            assertTrue(p.ok("check").out().startsWith("No drift"));
        }
    }

    @Test
    void aDomainOfTheTargetGoesThroughAutogenerateUpgradeAndCheck() throws Exception {
        try (CliProject p = new CliProject("ext_domain")) {
            // a type the database defines itself: the scratch database must get it too
            p.db.execute("CREATE DOMAIN phone_number AS varchar(20) CHECK (VALUE ~ '^[0-9+ ]+$')");
            Entities.configure(p);
            Entities.customer(p, """
                    @Column(columnDefinition = "phone_number")
                    String phone;
                    """);
            CliResult gen = p.ok("revision", "--autogenerate", "-m", "Create customer");
            String source = Files.readString(newest(p));
            assertTrue(source.contains("column(\"phone\", type(\"phone_number\"))"), source + "\n" + gen);
            p.ok("upgrade");
            assertEquals(List.of("phone_number"), p.db.column("SELECT format_type(atttypid, atttypmod) "
                    + "FROM pg_attribute WHERE attrelid = 'customer'::regclass AND attname = 'phone'"));
            assertTrue(p.ok("check").out().startsWith("No drift"));
            CliResult again = p.ok("revision", "--autogenerate", "-m", "Nothing");
            assertTrue(again.all().contains("No changes"), again.toString());
        }
    }

    @Test
    void aMissingExtensionIsNamedWithTheCreateExtensionThatFixesIt() throws Exception {
        try (CliProject p = new CliProject("ext_missing")) {
            Entities.configure(p);
            Entities.customer(p, """
                    @Column(nullable = false, columnDefinition = "citext")
                    String email;
                    """);
            String before = Catalog.snapshot(p.db);

            CliResult gen = p.run("revision", "--autogenerate", "-m", "Create customer");
            assertEquals(17, gen.exitCode(), gen.toString());
            assertTrue(gen.err().contains("the entities use type citext (column customer.email), which the "
                    + "PostgreSQL extension citext provides, and database " + p.db.name()
                    + " does not have it installed."), gen.err());
            assertTrue(gen.err().contains("CREATE EXTENSION IF NOT EXISTS citext;"), gen.err());
            assertTrue(gen.err().contains("the server offers citext 1."), gen.err());
            assertTrue(!gen.err().contains("Fix the mapping"), "not blamed on the mapping: " + gen.err());
            try (Stream<Path> files = Files.list(p.migrations())) {
                assertEquals(0, files.count(), "no migration written");
            }

            CliResult check = p.run("check");
            assertEquals(17, check.exitCode(), check.toString());
            assertTrue(check.err().contains("CREATE EXTENSION IF NOT EXISTS citext;"), check.err());
            assertEquals(before, Catalog.snapshot(p.db), "the database is left as it was");

            p.db.execute("CREATE EXTENSION citext");
            p.ok("revision", "--autogenerate", "-m", "Create customer");
        }
    }

    @Test
    void aMissingExtensionFunctionInADefaultNamesItsExtension() {
        try (CliProject p = new CliProject("ext_missing_fn")) {
            Entities.configure(p);
            Entities.customer(p, """
                    @org.hibernate.annotations.ColumnDefault("uuid_generate_v4()")
                    @Column(nullable = false)
                    java.util.UUID token;
                    """);
            CliResult r = p.run("check");
            assertEquals(17, r.exitCode(), r.toString());
            assertTrue(r.err().contains("the entities use function uuid_generate_v4() (default of customer.token), "
                    + "which the PostgreSQL extension uuid-ossp provides"), r.err());
            assertTrue(r.err().contains("CREATE EXTENSION IF NOT EXISTS \"uuid-ossp\";"), r.err());
        }
    }

    @Test
    void anExtensionInASchemaOffTheSearchPathIsNamedWithItsSchema() {
        try (CliProject p = new CliProject("ext_off_path")) {
            p.db.execute("CREATE SCHEMA extensions; CREATE EXTENSION ltree WITH SCHEMA extensions");
            Entities.configure(p);
            Entities.customer(p, """
                    @Column(columnDefinition = "ltree")
                    String path;
                    """);
            CliResult r = p.run("revision", "--autogenerate", "-m", "Path");
            assertEquals(17, r.exitCode(), r.toString());
            assertTrue(r.err().contains("installed in schema extensions, which is not on the search_path (public)"),
                    r.err());
            assertTrue(r.err().contains("(extensions.ltree)"), r.err());
            assertTrue(r.err().contains("SET search_path = public, extensions;"), r.err());
        }
    }

    @Test
    void aTypeNoKnownExtensionProvidesIsARefusedMappingNamingTheType() {
        try (CliProject p = new CliProject("ext_unknown_type")) {
            Entities.configure(p);
            Entities.customer(p, """
                    @Column(columnDefinition = "no_such_type(3)")
                    String odd;
                    """);
            CliResult r = p.run("check");
            assertEquals(12, r.exitCode(), r.toString());
            assertTrue(r.err().contains("the entities use type no_such_type (column customer.odd), which database "
                    + p.db.name() + " does not have, and no extension Retort knows provides it."), r.err());
        }
    }

    private static Path newest(CliProject p) throws IOException {
        try (Stream<Path> files = Files.list(p.migrations())) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().reduce((a, b) -> b).orElseThrow();
        }
    }
}
