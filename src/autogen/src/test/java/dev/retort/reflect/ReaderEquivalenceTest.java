package dev.retort.reflect;

import dev.retort.model.SchemaModel;
import dev.retort.model.Table;
import dev.retort.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The fast path and the SchemaCrawler path, with either of SchemaCrawler's retrieval strategies, must give
 * identical models of the same database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReaderEquivalenceTest {
    private TestDatabase db;

    @BeforeAll
    void createSchema() {
        db = ReflectFixtures.database("reflect_equivalence", "other-schema", "attributes-schema");
    }

    @AfterAll
    void dropSchema() {
        db.close();
    }

    @ParameterizedTest
    @EnumSource(ScRetrieval.class)
    void bothReadersGiveTheSameModelOfTheRichSchema(ScRetrieval retrieval) {
        SchemaModel fast = ReflectFixtures.read(db, new PgCatalogReader(), ReflectFixtures.RICH_OPTIONS);
        SchemaModel crawled = ReflectFixtures.read(db, new SchemaCrawlerReader(retrieval), ReflectFixtures.RICH_OPTIONS);

        assertEquals(List.of("OrderLine", "audit_note", "customer", "measurement", "purchase_order", "region"),
                fast.tables().stream().map(Table::name).toList(), "tables of the rich schema (not an empty comparison)");
        assertFalse(fast.sequences().isEmpty());
        assertFalse(fast.enums().isEmpty());
        assertEqualTableByTable(fast, crawled);
        assertEquals(fast, crawled);
    }

    @ParameterizedTest
    @EnumSource(ScRetrieval.class)
    void bothReadersGiveTheSameModelOfAnotherSchema(ScRetrieval retrieval) {
        ReflectOptions app = ReflectOptions.defaults().withSchema("app");
        SchemaModel fast = ReflectFixtures.read(db, new PgCatalogReader(), app);
        SchemaModel crawled = ReflectFixtures.read(db, new SchemaCrawlerReader(retrieval), app);

        assertEquals(List.of("customer", "person"), fast.tables().stream().map(Table::name).toList());
        assertEqualTableByTable(fast, crawled);
        assertEquals(fast, crawled);
    }

    @ParameterizedTest
    @EnumSource(ScRetrieval.class)
    void bothReadersGiveTheSameModelOfTheProjectSchemaAndAnotherOne(ScRetrieval retrieval) {
        ReflectOptions both = ReflectFixtures.RICH_OPTIONS.withOtherSchemas(List.of("app", "no_such_schema"));
        SchemaModel fast = ReflectFixtures.read(db, new PgCatalogReader(), both);
        SchemaModel crawled = ReflectFixtures.read(db, new SchemaCrawlerReader(retrieval), both);

        assertEquals(List.of("app.customer", "app.person"), fast.tables().stream().filter(t -> t.schema() != null)
                .map(Table::displayName).toList(), "the other schema's tables carry it");
        assertEquals(List.of("app"), fast.schemas(), "the schemas asked for that exist");
        assertEqualTableByTable(fast, crawled);
        assertEquals(fast, crawled);
    }

    @ParameterizedTest
    @EnumSource(ScRetrieval.class)
    void bothReadersGiveTheSameAttributesOfHandBuiltObjects(ScRetrieval retrieval) {
        ReflectOptions attrs = ReflectOptions.defaults().withSchema("attrs");
        SchemaModel fast = ReflectFixtures.read(db, new PgCatalogReader(), attrs);
        SchemaModel crawled = ReflectFixtures.read(db, new SchemaCrawlerReader(retrieval), attrs);

        assertEquals(List.of("booking", "place", "seat"), fast.tables().stream().map(Table::name).toList());
        assertEquals(dev.retort.model.Deferrable.INITIALLY_DEFERRED,
                fast.table("booking").orElseThrow().foreignKey("booking_seat_fk").orElseThrow().deferrable(),
                "attributes are read (not an empty comparison)");
        assertEqualTableByTable(fast, crawled);
        assertEquals(fast, crawled);
    }

    @ParameterizedTest
    @EnumSource(ScRetrieval.class)
    void bothReadersApplyIncludePatterns(ScRetrieval retrieval) {
        ReflectOptions only = ReflectOptions.defaults().including("purchase_*", "Order*");
        SchemaModel fast = ReflectFixtures.read(db, new PgCatalogReader(), only);
        SchemaModel crawled = ReflectFixtures.read(db, new SchemaCrawlerReader(retrieval), only);

        assertEquals(List.of("OrderLine", "purchase_order"), fast.tables().stream().map(Table::name).toList());
        assertEquals(fast, crawled);
    }

    /** Points at the first table that differs, so a failure reads better than one huge record dump. */
    private static void assertEqualTableByTable(SchemaModel expected, SchemaModel actual) {
        assertEquals(expected.tables().stream().map(Table::name).toList(),
                actual.tables().stream().map(Table::name).toList(), "table names");
        for (int i = 0; i < expected.tables().size(); i++) {
            Table e = expected.tables().get(i);
            Table a = actual.tables().get(i);
            assertEquals(e.columns(), a.columns(), "columns of " + e.name());
            assertEquals(e.primaryKey(), a.primaryKey(), "primary key of " + e.name());
            assertEquals(e.uniques(), a.uniques(), "unique constraints of " + e.name());
            assertEquals(e.checks(), a.checks(), "checks of " + e.name());
            assertEquals(e.foreignKeys(), a.foreignKeys(), "foreign keys of " + e.name());
            assertEquals(e.indexes(), a.indexes(), "indexes of " + e.name());
            assertEquals(e.comment(), a.comment(), "comment of " + e.name());
        }
        assertEquals(expected.sequences(), actual.sequences(), "sequences");
        assertEquals(expected.enums(), actual.enums(), "enum types");
    }
}
