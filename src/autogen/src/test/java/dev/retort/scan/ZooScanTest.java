package dev.retort.scan;

import dev.retort.model.Column;
import dev.retort.model.ForeignKey;
import dev.retort.model.PrimaryKey;
import dev.retort.model.SchemaModel;
import dev.retort.model.Sequence;
import dev.retort.model.SqlType;
import dev.retort.model.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.retort.scan.ModelAssertions.check;
import static dev.retort.scan.ModelAssertions.column;
import static dev.retort.scan.ModelAssertions.foreignKey;
import static dev.retort.scan.ModelAssertions.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Entity set {@code zoo}: the three inheritance strategies, a {@code @MappedSuperclass}, a {@code META-INF/orm.xml}. */
class ZooScanTest {
    static SchemaModel model;

    @BeforeAll
    static void scan() {
        model = EntitySets.scan("zoo").model();
    }

    @Test
    void singleTableHoldsAllSubclassColumnsAndADiscriminatorCheck() {
        Table animals = table(model, "animals");
        // in the order of Hibernate's create start-up: by size, then name
        assertEquals(List.of("lives_left", "created_at", "id", "version", "kind", "name", "breed"),
                animals.columns().stream().map(Column::name).toList());
        assertEquals(new Column("kind", SqlType.withLength("varchar", 16), false, null, null, null, null),
                column(animals, "kind"));
        assertEquals("kind in ('CAT','DOG')", check(animals, "animals_kind_check").expression());
        assertTrue(column(animals, "breed").nullable());
        assertEquals(SqlType.withLength("varchar", 80), column(animals, "breed").type(), "from META-INF/orm.xml");
        assertTrue(model.table("cat").isEmpty());
        assertTrue(model.table("dog").isEmpty());
    }

    @Test
    void mappedSuperclassColumnsLandInTheEntityTables() {
        for (String name : List.of("animals", "keepers")) {
            Table t = table(model, name);
            assertEquals(SqlType.withPrecision("timestamptz", 6, null), column(t, "created_at").type());
            assertFalse(column(t, "version").nullable());
        }
    }

    @Test
    void joinedSubclassTableSharesThePrimaryKeyThroughANamedForeignKey() {
        Table head = table(model, "head_keepers");
        assertEquals(List.of("budget", "keeper_id"), head.columns().stream().map(Column::name).toList());
        assertEquals(new PrimaryKey("head_keepers_pkey", List.of("keeper_id")), head.primaryKey());
        ForeignKey fk = foreignKey(head, "fk_head_keeper_keeper");
        assertEquals("keepers", fk.referencedTable());
        assertEquals(List.of("id"), fk.referencedColumns());
        assertTrue(table(model, "keepers").column("budget").isEmpty());
    }

    @Test
    void tablePerClassMakesOneTablePerConcreteClassOnly() {
        assertTrue(model.table("enclosure").isEmpty(), "the abstract root has no table");
        for (String name : List.of("aquarium", "cage")) {
            Table t = table(model, name);
            assertEquals(List.of("id"), t.primaryKey().columns());
            assertEquals(SqlType.withLength("varchar", 40), column(t, "label").type());
            assertEquals("keepers", t.foreignKeys().get(0).referencedTable());
        }
        assertTrue(table(model, "cage").column("roofed").isPresent());
        assertTrue(table(model, "cage").column("litres").isEmpty());
    }

    @Test
    void sequences() {
        assertEquals(List.of(new Sequence("enclosure_ids", 1, 1), new Sequence("keepers_seq", 1, 50)),
                model.sorted().sequences());
    }
}
