package dev.retort.ops;

import dev.retort.model.Sequence;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What a reviewer reads in check reports and "detected" lines for a changed sequence. */
class AlterSequenceTest {

    @Test
    void theDescriptionNamesWhatChanges() {
        assertEquals("alter sequence sequence_generator: start 1050 -> 1",
                new AlterSequence("sequence_generator", new Sequence("sequence_generator", 1050, 50),
                        new Sequence("sequence_generator", 1, 50)).describe());
        assertEquals("alter sequence order_seq: start 1 -> 1000, increment 1 -> 50",
                new AlterSequence("order_seq", new Sequence("order_seq", 1, 1), new Sequence("order_seq", 1000, 50))
                        .describe());
        assertEquals("alter sequence order_seq: start 1000, increment 50",
                new AlterSequence("order_seq", null, new Sequence("order_seq", 1000, 50)).describe());
    }
}
