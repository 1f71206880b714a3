package dev.retort.scan;

import dev.retort.scan.boot.BootedEntities;
import dev.retort.scan.read.MetadataReader;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The oracle: Hibernate's own create script for each entity set, run on a fresh database, must produce exactly
 * the tables, columns (type, nullability, default/identity/generation presence, comment), constraint names and
 * columns, foreign keys, indexes, sequences and enum types of the scanned model.
 */
class ScanMatchesHibernateDdlTest {

    @ParameterizedTest
    @ValueSource(strings = {"shop", "catalog", "zoo", "types", "naming", "edge"})
    void scannedModelIsWhatHibernateDdlCreates(String set) throws Exception {
        String script;
        MetadataReader.Result scanned;
        try (BootedEntities booted = new EntityScanner().boot(EntitySets.request(set))) {
            script = HibernateDdl.createScript(booted);
            scanned = MetadataReader.read(booted.metadata());
        }
        assertFalse(scanned.model().tables().isEmpty(), "entity set " + set + " maps no tables");
        try (TestDatabase db = TestDatabases.create("oracle_" + set)) {
            db.execute(script);
            SchemaFacts expected = SchemaFacts.of(scanned.model().relativeTo(scanned.defaultSchema()));
            SchemaFacts actual = CatalogFacts.read(db, scanned.defaultSchema());
            assertEquals(expected.tables().stream().map(SchemaFacts.TableFacts::name).toList(),
                    actual.tables().stream().map(SchemaFacts.TableFacts::name).toList(), "tables of " + set);
            for (int i = 0; i < expected.tables().size(); i++) {
                assertEquals(expected.tables().get(i), actual.tables().get(i),
                        "table " + expected.tables().get(i).name() + " of " + set + "\nscript:\n" + script);
            }
            assertEquals(expected.sequences(), actual.sequences(), "sequences of " + set);
            assertEquals(expected.enums(), actual.enums(), "enum types of " + set);
        }
    }
}
