package dev.retort.normalize;

import dev.retort.model.Column;
import dev.retort.model.Identity;
import dev.retort.model.SchemaModel;
import dev.retort.model.Sequence;
import dev.retort.model.SqlType;
import dev.retort.model.Table;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class LiveSchemaNormalizerTest {
    private static final SqlType BIGINT = SqlType.of("bigint");

    @Test
    void serialColumnCountsAsIdentityAndItsSequenceLeavesTheModel() {
        Table t = Table.of("orders", List.of(
                Column.of("id", BIGINT).withNullable(false).withDefault("nextval('orders_id_seq'::regclass)"),
                Column.of("n", BIGINT)));
        SchemaModel live = new SchemaModel(List.of(t), List.of(new Sequence("orders_id_seq", 1, 1),
                new Sequence("invoice_numbers", 100, 1)), List.of());

        SchemaModel out = new LiveSchemaNormalizer().normalize(live);

        Column id = out.table("orders").orElseThrow().column("id").orElseThrow();
        assertEquals(new Identity(false, 1L, 1L), id.identity());
        assertNull(id.defaultExpression());
        assertEquals(List.of(new Sequence("invoice_numbers", 100, 1)), out.sequences());
    }

    @Test
    void nextvalOnASharedSequenceIsLeftAlone() {
        Column c = Column.of("id", BIGINT).withDefault("nextval('invoice_numbers'::regclass)");
        SchemaModel live = new SchemaModel(List.of(Table.of("invoice", List.of(c))),
                List.of(new Sequence("invoice_numbers", 100, 1)), List.of());

        SchemaModel out = new LiveSchemaNormalizer().normalize(live);

        assertEquals(live, out);
    }

    @Test
    void schemaQualifiedSerialDefaultIsRecognised() {
        Column c = Column.of("id", BIGINT).withDefault("nextval('app.t_id_seq'::regclass)");
        SchemaModel live = new SchemaModel(List.of(Table.of("t", List.of(c))), List.of(new Sequence("t_id_seq", 5, 2)),
                List.of());

        SchemaModel out = new LiveSchemaNormalizer().normalize(live);

        assertEquals(new Identity(false, 5L, 2L), out.table("t").orElseThrow().column("id").orElseThrow().identity());
        assertEquals(List.of(), out.sequences());
    }
}
