package dev.retort.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SchemaModelLookupTest {
    private static Table table(String schema, String name, String column) {
        return new Table(name, List.of(Column.of(column, SqlType.of("bigint"))), null, List.of(), List.of(), List.of(),
                List.of(), null, schema);
    }

    @Test
    void aTableIsFoundByNameAsTheFirstOfThatNameAndBySchemaAndName() {
        Table own = table(null, "orders", "a");
        Table reporting = table("reporting", "orders", "b");
        Table other = table(null, "customers", "c");
        SchemaModel m = new SchemaModel(List.of(reporting, own, other), List.of(), List.of());
        assertSame(reporting, m.table("orders").orElseThrow(), "the first of the name, in any schema");
        assertSame(own, m.table(null, "orders").orElseThrow());
        assertSame(reporting, m.table("reporting", "orders").orElseThrow());
        assertTrue(m.table("sales", "orders").isEmpty());
        assertTrue(m.table("nothing").isEmpty());
        assertSame(other, m.withTables(List.of(other, own)).table("customers").orElseThrow());
        assertSame(own, m.withTables(List.of(other, own)).table("orders").orElseThrow(), "a new model, a new index");
    }

    @Test
    void theTablesStayAnUnmodifiableListEqualToAnyOther() {
        Table t = table(null, "orders", "a");
        SchemaModel m = new SchemaModel(List.of(t), List.of(), List.of());
        assertEquals(List.of(t), m.tables());
        assertEquals(m, new SchemaModel(new java.util.ArrayList<>(List.of(t)), List.of(), List.of()));
        assertEquals(List.of(t).hashCode(), m.tables().hashCode());
        assertThrows(UnsupportedOperationException.class, () -> m.tables().add(t));
        assertThrows(NullPointerException.class,
                () -> new SchemaModel(java.util.Arrays.asList(t, null), List.of(), List.of()));
    }
}
