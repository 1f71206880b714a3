package dev.retort.reflect;

import dev.retort.model.Deferrable;
import dev.retort.model.ForeignKey;
import dev.retort.model.Index;
import dev.retort.model.IndexKey;
import dev.retort.model.PrimaryKey;
import dev.retort.model.ReferentialAction;
import dev.retort.model.SchemaModel;
import dev.retort.model.Table;
import dev.retort.model.UniqueConstraint;
import dev.retort.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Deferrable keys and constraints, MATCH FULL, NULLS NOT DISTINCT, column and index-key collations and operator
 * classes ({@code attributes-schema.sql}): the catalog reader reads each, and SchemaCrawler's reader gives the
 * same model with either retrieval.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttributesReflectTest {
    private static final ReflectOptions ATTRS = ReflectOptions.defaults().withSchema("attrs");
    private TestDatabase db;
    private SchemaModel fast;

    @BeforeAll
    void createSchema() {
        db = ReflectFixtures.database("reflect_attributes", "attributes-schema");
        fast = ReflectFixtures.read(db, new PgCatalogReader(), ATTRS);
    }

    @AfterAll
    void dropSchema() {
        db.close();
    }

    private Table table(String name) {
        return fast.table(name).orElseThrow();
    }

    @Test
    void keysAndConstraintsKeepWhenTheyAreChecked() {
        Table seat = table("seat");
        assertEquals(new PrimaryKey("seat_pkey", List.of("id"), Deferrable.INITIALLY_IMMEDIATE), seat.primaryKey());
        assertEquals(List.of(
                        new UniqueConstraint("seat_code_key", List.of("code"), Deferrable.NOT_DEFERRABLE, true),
                        new UniqueConstraint("seat_row_seat_key", List.of("row_no", "seat_no"),
                                Deferrable.INITIALLY_DEFERRED, false)),
                seat.uniques().stream().sorted(java.util.Comparator.comparing(UniqueConstraint::name)).toList());
        Table booking = table("booking");
        assertEquals(new PrimaryKey("booking_pkey", List.of("id")), booking.primaryKey());
        assertEquals(new ForeignKey("booking_seat_fk", List.of("row_no", "seat_no"), "place", List.of("row_no", "seat_no"),
                        ReferentialAction.CASCADE, ReferentialAction.NO_ACTION, Deferrable.INITIALLY_DEFERRED, true),
                booking.foreignKey("booking_seat_fk").orElseThrow());
        assertEquals(new ForeignKey("booking_seat_id_fk", List.of("seat_id"), "place", List.of("id"), null, null,
                        Deferrable.INITIALLY_IMMEDIATE, false),
                booking.foreignKey("booking_seat_id_fk").orElseThrow());
    }

    @Test
    void columnsKeepACollationOtherThanTheirTypesDefault() {
        Table seat = table("seat");
        assertEquals("C", seat.column("code").orElseThrow().collation());
        assertEquals("POSIX", seat.column("label").orElseThrow().collation());
        assertNull(seat.column("name").orElseThrow().collation());
        assertNull(seat.column("id").orElseThrow().collation());
    }

    @Test
    void indexKeysKeepTheirCollationAndOperatorClass() {
        Table seat = table("seat");
        assertEquals(List.of(IndexKey.column("name").withOpclass("text_pattern_ops")),
                seat.index("seat_name_pattern_idx").orElseThrow().keys());
        assertEquals(List.of(IndexKey.columnDesc("name").withCollation("C")),
                seat.index("seat_name_c_idx").orElseThrow().keys());
        assertEquals(List.of(IndexKey.column("code").withCollation("POSIX").withOpclass("varchar_pattern_ops")),
                seat.index("seat_code_posix_idx").orElseThrow().keys());
        Index trgm = seat.index("seat_name_trgm_idx").orElseThrow();
        assertEquals("gin", trgm.method());
        assertEquals(List.of(IndexKey.column("name").withOpclass("gin_trgm_ops")), trgm.keys());
        assertEquals(List.of(IndexKey.expression("lower(name::text)").withOpclass("gin_trgm_ops")),
                seat.index("seat_lower_name_trgm_idx").orElseThrow().keys());
        assertEquals(List.of(IndexKey.column("doc").withOpclass("jsonb_path_ops")),
                seat.index("seat_doc_idx").orElseThrow().keys());
        // the column's own collation is no key collation
        assertEquals(List.of(IndexKey.column("code")), seat.index("seat_code_idx").orElseThrow().keys());
    }

    @Test
    void uniqueIndexesKeepNullsNotDistinct() {
        Index label = table("seat").index("seat_label_uidx").orElseThrow();
        assertEquals(true, label.nullsNotDistinct());
        assertEquals(false, table("seat").index("seat_code_idx").orElseThrow().nullsNotDistinct());
    }

    @ParameterizedTest
    @EnumSource(ScRetrieval.class)
    void schemaCrawlerGivesTheSameModel(ScRetrieval retrieval) {
        SchemaModel crawled = ReflectFixtures.read(db, new SchemaCrawlerReader(retrieval), ATTRS);
        for (Table t : fast.tables()) {
            assertEquals(t, crawled.table(t.name()).orElseThrow(), "table " + t.name());
        }
        assertEquals(fast, crawled);
    }
}
