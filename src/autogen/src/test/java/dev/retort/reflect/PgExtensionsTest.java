package dev.retort.reflect;

import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PgExtensionsTest {

    @Test
    void readsInstalledExtensionsWithVersionAndSchema() throws Exception {
        try (TestDatabase db = TestDatabases.create("ext_installed")) {
            db.execute("CREATE SCHEMA extensions; CREATE EXTENSION citext WITH SCHEMA extensions; "
                    + "CREATE EXTENSION \"uuid-ossp\"");
            try (Connection c = db.connect()) {
                List<PgExtensions.Installed> installed = PgExtensions.installed(c);
                PgExtensions.Installed citext = PgExtensions.installed(c, "citext").orElseThrow();
                assertEquals("extensions", citext.schema());
                assertEquals(db.column("SELECT extversion FROM pg_extension WHERE extname = 'citext'").get(0),
                        citext.version());
                assertEquals("public", PgExtensions.installed(c, "uuid-ossp").orElseThrow().schema());
                assertTrue(installed.stream().anyMatch(e -> e.name().equals("plpgsql")), installed.toString());
                assertEquals(Optional.empty(), PgExtensions.installed(c, "hstore"));
            }
        }
    }

    @Test
    void theCreateStatementReinstallsTheSameExtensionElsewhere() throws Exception {
        PgExtensions.Installed ossp;
        try (TestDatabase source = TestDatabases.create("ext_source")) {
            source.execute("CREATE SCHEMA extensions; CREATE EXTENSION \"uuid-ossp\" WITH SCHEMA extensions");
            try (Connection c = source.connect()) {
                ossp = PgExtensions.installed(c, "uuid-ossp").orElseThrow();
            }
        }
        assertEquals("CREATE EXTENSION IF NOT EXISTS \"uuid-ossp\" WITH SCHEMA extensions VERSION '"
                + ossp.version() + "'", ossp.createSql());
        try (TestDatabase target = TestDatabases.create("ext_target")) {
            target.execute("CREATE SCHEMA extensions");
            try (Connection c = target.connect(); Statement s = c.createStatement()) {
                s.execute(ossp.createSql());
                assertEquals(Optional.of(ossp), PgExtensions.installed(c, "uuid-ossp"));
            }
        }
    }

    @Test
    void availableExtensionsComeFromTheServer() throws Exception {
        try (TestDatabase db = TestDatabases.create("ext_available")) {
            db.execute("CREATE EXTENSION hstore");
            try (Connection c = db.connect()) {
                PgExtensions.Available hstore = PgExtensions.available(c, "hstore").orElseThrow();
                assertTrue(hstore.installed());
                PgExtensions.Available ltree = PgExtensions.available(c, "ltree").orElseThrow();
                assertFalse(ltree.installed());
                assertTrue(PgExtensions.availableVersions(c, "ltree").contains(ltree.defaultVersion()));
                assertEquals(Optional.empty(), PgExtensions.available(c, "no_such_extension_here"));
            }
        }
    }

    @Test
    void theSearchPathListsTheSchemasThatExist() throws Exception {
        try (TestDatabase db = TestDatabases.create("ext_path")) {
            db.execute("CREATE SCHEMA extensions");
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                assertEquals(List.of("public"), PgSearchPath.effective(c));
                s.execute("SET search_path TO \"$user\", public, extensions, missing");
                assertEquals(List.of("public", "extensions"), PgSearchPath.effective(c));
            }
        }
    }

    @Test
    void knownObjectsNameTheirExtension() {
        assertEquals(Optional.of("citext"), KnownExtensionObjects.ofType("citext"));
        assertEquals(Optional.of("postgis"), KnownExtensionObjects.ofType("public.geometry"));
        assertEquals(Optional.of("vector"), KnownExtensionObjects.ofType("VECTOR"));
        assertEquals(Optional.of("ltree"), KnownExtensionObjects.ofType("\"ltree\""));
        assertEquals(Optional.empty(), KnownExtensionObjects.ofType("mood"));
        assertEquals(Optional.of("uuid-ossp"), KnownExtensionObjects.ofFunction("uuid_generate_v4"));
        assertEquals(Optional.of("postgis"), KnownExtensionObjects.ofFunction("ST_MakePoint"));
        assertEquals(Optional.of("pg_trgm"), KnownExtensionObjects.ofOperatorClass("gin_trgm_ops"));
        assertEquals(Optional.of("btree_gist"), KnownExtensionObjects.ofOperatorClass("gist_int4_ops"));
        assertEquals(Optional.of("vector"), KnownExtensionObjects.ofAccessMethod("hnsw"));
        assertEquals(Optional.empty(), KnownExtensionObjects.ofFunction("lower"));
    }
}
