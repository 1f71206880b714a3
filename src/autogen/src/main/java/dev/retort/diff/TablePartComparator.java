package dev.retort.diff;

import dev.retort.model.Table;
import dev.retort.ops.MigrationOp;

import java.util.List;

/** Compares one kind of object inside a table that exists on both sides. */
interface TablePartComparator {

    /** Adds to {@code out} the operations that turn {@code actual}'s objects of this kind into {@code desired}'s. */
    void compare(DiffContext ctx, Table desired, Table actual, List<MigrationOp> out);
}
