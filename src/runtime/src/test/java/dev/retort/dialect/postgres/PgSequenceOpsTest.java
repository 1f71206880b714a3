package dev.retort.dialect.postgres;

import dev.retort.model.Sequence;
import dev.retort.ops.AlterSequence;
import dev.retort.ops.CreateSequence;
import dev.retort.ops.DropSequence;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.retort.dialect.postgres.RoundTrip.apply;
import static dev.retort.dialect.postgres.RoundTrip.assertRoundTrip;
import static org.junit.jupiter.api.Assertions.assertEquals;

class PgSequenceOpsTest {
    static final String SEQUENCES = "SELECT sequencename || ' ' || start_value || ' ' || increment_by FROM pg_sequences"
            + " WHERE schemaname = 'public' ORDER BY 1";

    TestDatabase db;

    @BeforeEach
    void open() {
        db = TestDatabases.create("pg_sequence_ops");
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void createAndDropSequence() {
        assertRoundTrip(db, new CreateSequence(new Sequence("Order_Seq", 100, 50)),
                d -> assertEquals(List.of("Order_Seq 100 50"), d.column(SEQUENCES)));
        apply(db, new CreateSequence(new Sequence("user", 1, 1)));
        assertRoundTrip(db, new DropSequence("user", new Sequence("user", 1, 1)),
                d -> assertEquals(List.of(), d.column(SEQUENCES)));
    }

    @Test
    void alterSequenceChangesIncrementAndStart() {
        Sequence before = new Sequence("order_seq", 1, 1);
        apply(db, new CreateSequence(before));
        assertRoundTrip(db, new AlterSequence("order_seq", before, new Sequence("order_seq", 10, 5)),
                d -> assertEquals(List.of("order_seq 10 5"), d.column(SEQUENCES)));
    }
}
