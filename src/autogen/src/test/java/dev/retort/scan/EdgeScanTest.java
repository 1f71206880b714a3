package dev.retort.scan;

import dev.retort.model.CheckConstraint;
import dev.retort.model.ForeignKey;
import dev.retort.model.Index;
import dev.retort.model.IndexKey;
import dev.retort.model.ReferentialAction;
import dev.retort.model.SchemaModel;
import dev.retort.model.SqlType;
import dev.retort.model.Table;
import dev.retort.model.UniqueConstraint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.retort.scan.ModelAssertions.column;
import static dev.retort.scan.ModelAssertions.foreignKey;
import static dev.retort.scan.ModelAssertions.index;
import static dev.retort.scan.ModelAssertions.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Entity set {@code edge}: the names PostgreSQL invents for unnamed constraints when they collide or are too long,
 * how Hibernate combines and hoists checks, unique keys it folds into a column's {@code unique}, partial
 * indexes, composite and non-primary-key foreign keys, {@code ConstraintMode.NO_CONSTRAINT}.
 */
class EdgeScanTest {
    static SchemaModel model;

    @BeforeAll
    static void scan() {
        model = EntitySets.scan("edge").model();
    }

    @Test
    void checksInPostgresOrderWithNumberedNames() {
        assertEquals(List.of(
                        new CheckConstraint("gizmos_weight_small", "weight < 500"),
                        new CheckConstraint("gizmos_check", "(kind <> 'FANCY' or high > 10) and (kind in ('PLAIN','FANCY'))"),
                        new CheckConstraint("gizmos_weight_positive", "weight > 0"),
                        new CheckConstraint("gizmos_check1", "low <= high"),
                        new CheckConstraint("gizmos_check2", "high < 1000 or maker is not null"),
                        new CheckConstraint("gizmos_low_check", "low > -100"),
                        new CheckConstraint("gizmos_named_table_check", "low <> high")),
                table(model, "gizmos").checks());
    }

    @Test
    void generatedCheckNamesAreUniqueAcrossTheSchema() {
        assertEquals("stock_level_qty_check", table(model, "stock").checks().get(0).name());
        assertEquals("stock_level_qty_check1", table(model, "stock_level").checks().get(0).name());
    }

    @Test
    void longNamesAreCutAsPostgresCutsThem() {
        Table t = table(model, "a_table_name_that_is_long_enough_to_need_truncating_in_postgres");
        assertEquals("a_table_name_that_is_long_enough_to_need_truncating_in_pos_pkey", t.primaryKey().name());
        assertEquals("a_table_name_that_is_long_eno_a_column_name_that_is_also_qu_key", t.uniques().get(0).name());
        assertEquals("a_table_name_that_is_long_en_a_column_name_that_is_also_q_check", t.checks().get(0).name());
    }

    @Test
    void uniqueKeys() {
        assertEquals(List.of(new UniqueConstraint("gizmos_sku_key", List.of("sku")),
                        new UniqueConstraint("gizmos_maker_model_key", List.of("maker", "model")),
                        new UniqueConstraint("uk_gizmo_serial", List.of("serial"))),
                table(model, "gizmos").uniques(),
                "a named key on a column that is itself unique loses its name (CreateTableUniqueDelegate)");
    }

    @Test
    void generatedAndPartialIndexes() {
        Table gizmos = table(model, "gizmos");
        Index partial = index(gizmos, "ix_gizmo_active_model");
        assertEquals("active", partial.where());
        assertEquals(List.of(IndexKey.column("model")), partial.keys());
        Index generated = gizmos.indexes().stream().filter(i -> i.name().startsWith("idx")).findFirst().orElseThrow();
        assertEquals(List.of(IndexKey.column("maker")), generated.keys());
    }

    @Test
    void columnDefinitionIsReadAsAType() {
        assertEquals(SqlType.of("text"), column(table(model, "gizmos"), "notes").type());
    }

    @Test
    void compositeAndNonPrimaryKeyForeignKeys() {
        Table uses = table(model, "part_uses");
        assertEquals(new ForeignKey("fk_part_use_part", List.of("part_no", "part_plant"), "part",
                List.of("part_no", "plant"), ReferentialAction.SET_NULL, ReferentialAction.NO_ACTION),
                foreignKey(uses, "fk_part_use_part"));
        assertEquals(List.of("catalog_code"), foreignKey(uses, "fk_part_use_catalog").referencedColumns());
        assertEquals(2, uses.foreignKeys().size(), "NO_CONSTRAINT creates none");
        assertTrue(uses.column("gizmo_id").isPresent());
    }
}
