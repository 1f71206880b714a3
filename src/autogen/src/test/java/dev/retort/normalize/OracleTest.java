package dev.retort.normalize;

import dev.retort.dialect.postgres.PostgresDialect;
import dev.retort.model.SchemaModel;
import dev.retort.reflect.ReflectOptions;
import dev.retort.reflect.SchemaReader;
import dev.retort.scan.EntityScanner;
import dev.retort.scan.HibernateDdl;
import dev.retort.scan.ScanRequest;
import dev.retort.scan.ScanResult;
import dev.retort.scan.boot.BootedEntities;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.sql.Connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The normalization oracle. For each entity set: Hibernate's own DDL runs on a scratch database, which is
 * reflected and normalized; the scanned model is canonicalized through a scratch schema on another
 * database. The two models must be equal, names included, so that autogenerate proposes nothing for a
 * database Hibernate built.
 */
class OracleTest {
    private static final Path CACHE = Path.of("target/retort-cache/entities");

    @ParameterizedTest
    @ValueSource(strings = {"src/test/resources/entities/shop", "src/test/resources/entities/catalog",
            "src/test/resources/entities/zoo", "src/test/resources/entities/types",
            "src/test/resources/entities/edge", "sample-entities"})
    void hibernateDdlReflectedEqualsScannedModel(String folder) throws Exception {
        ScanRequest request = ScanRequest.ofSources(folder.equals("sample-entities") ? dev.retort.testing.RepoRoot.resolve(folder) : Path.of(folder)).withCacheDirectory(CACHE);
        String script;
        ScanResult scanned;
        try (BootedEntities booted = new EntityScanner().boot(request)) {
            script = HibernateDdl.createScript(booted);
        }
        scanned = new EntityScanner().scan(request);
        assertFalse(scanned.model().tables().isEmpty(), folder + " maps no tables");

        SchemaReader reader = SchemaReader.postgres();
        try (TestDatabase hibernateDb = TestDatabases.create("oracle_hib");
             TestDatabase scratchDb = TestDatabases.create("oracle_scratch")) {
            hibernateDb.execute(script);
            SchemaModel fromHibernate;
            try (Connection c = hibernateDb.connect()) {
                fromHibernate = new LiveSchemaNormalizer().normalize(reader.read(c, ReflectOptions.defaults()));
            }
            SchemaModel canonical;
            try (Connection c = scratchDb.connect()) {
                canonical = new ScratchCanonicalizer(new PostgresDialect(), reader).canonicalize(scanned.model(), c);
                assertEquals(java.util.List.of("public"), scratchDb.column(
                        "select nspname from pg_namespace where nspname not like 'pg\\_%' and nspname <> 'information_schema'"),
                        "the scratch schema must be rolled back");
            }
            assertModelsEqual(fromHibernate.comparable(), canonical.comparable(), folder, script);
        }
    }

    static void assertModelsEqual(SchemaModel expected, SchemaModel actual, String what, String script) {
        assertEquals(expected.tables().stream().map(t -> t.name()).toList(),
                actual.tables().stream().map(t -> t.name()).toList(), "tables of " + what);
        for (int i = 0; i < expected.tables().size(); i++) {
            assertEquals(expected.tables().get(i), actual.tables().get(i),
                    "table " + expected.tables().get(i).name() + " of " + what + "\nHibernate DDL:\n" + script);
        }
        assertEquals(expected.sequences(), actual.sequences(), "sequences of " + what);
        assertEquals(expected.enums(), actual.enums(), "enum types of " + what);
    }
}
