package dev.retort.diff;

import dev.retort.model.*;
import dev.retort.ops.*;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.retort.diff.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

class IndexComparatorTest {
    private static final Table T = table("t", col("a", TEXT), col("b", TEXT), col("c", TEXT));
    private static final Index BASE = new Index("ix_t", List.of(IndexKey.column("a"), IndexKey.column("b")), false,
            null, List.of(), null);

    private static List<MigrationOp> diff(Index desired, Index actual) {
        return compare(new IndexComparator(), T.withIndexes(desired == null ? List.of() : List.of(desired)),
                T.withIndexes(actual == null ? List.of() : List.of(actual)));
    }

    @Test
    void createdAndDropped() {
        assertEquals(List.of(new CreateIndex("t", BASE, false)), diff(BASE, null));
        assertEquals(List.of(new DropIndex("t", "ix_t", BASE, false)), diff(null, BASE));
        assertEquals(List.of(), diff(BASE, BASE));
    }

    @Test
    void anyChangeIsDropAndCreate() {
        List<Index> changes = new ArrayList<>(List.of(
                new Index("ix_t", List.of(IndexKey.column("b"), IndexKey.column("a")), false, null, List.of(), null),
                new Index("ix_t", List.of(IndexKey.column("a"), IndexKey.columnDesc("b")), false, null, List.of(), null),
                new Index("ix_t", List.of(IndexKey.expression("lower(a)")), false, null, List.of(), null),
                new Index("ix_t", BASE.keys(), true, null, List.of(), null),
                new Index("ix_t", BASE.keys(), false, "c IS NOT NULL", List.of(), null),
                new Index("ix_t", BASE.keys(), false, null, List.of("c"), null),
                new Index("ix_t", BASE.keys(), false, null, List.of(), "hash")));
        for (Index changed : changes) {
            assertEquals(List.of(new DropIndex("t", "ix_t", BASE, false), new CreateIndex("t", changed, false)),
                    diff(changed, BASE), changed.toString());
        }
    }

    @Test
    void concurrentlyWhenAsked() {
        List<MigrationOp> out = new ArrayList<>();
        Table d = T.withIndexes(List.of(BASE));
        new IndexComparator().compare(DiffContext.of(model(d), model(T), DiffOptions.defaults().withConcurrentIndexes(true)),
                d, T, out);
        assertEquals(List.of(new CreateIndex("t", BASE, true)), out);
    }
}
