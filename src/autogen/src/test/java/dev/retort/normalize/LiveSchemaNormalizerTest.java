package dev.retort.normalize;

import dev.retort.model.Column;
import dev.retort.model.SchemaModel;
import dev.retort.model.Sequence;
import dev.retort.model.SqlType;
import dev.retort.model.Table;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LiveSchemaNormalizerTest {
    private static final SqlType BIGINT = SqlType.of("bigint");

    @Test
    void aSerialColumnAndTheSequenceItOwnsAreKeptAsTheyAre() {
        Table t = Table.of("orders", List.of(
                Column.of("id", BIGINT).withNullable(false).withDefault("nextval('orders_id_seq'::regclass)")
                        .withOwnedSequence(new Sequence("orders_id_seq", 1, 1)),
                Column.of("n", BIGINT)));
        SchemaModel live = new SchemaModel(List.of(t), List.of(new Sequence("invoice_numbers", 100, 1)), List.of());

        assertEquals(live, new LiveSchemaNormalizer().normalize(live));
    }

    @Test
    void nextvalOnASharedSequenceIsLeftAlone() {
        Column c = Column.of("id", BIGINT).withDefault("nextval('invoice_numbers'::regclass)");
        SchemaModel live = new SchemaModel(List.of(Table.of("invoice", List.of(c))),
                List.of(new Sequence("invoice_numbers", 100, 1)), List.of());

        SchemaModel out = new LiveSchemaNormalizer().normalize(live);

        assertEquals(live, out);
    }
}
