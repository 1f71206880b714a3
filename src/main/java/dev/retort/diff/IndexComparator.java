package dev.retort.diff;

import dev.retort.model.Index;
import dev.retort.model.Table;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.DropIndex;
import dev.retort.ops.MigrationOp;

import java.util.List;

/**
 * Indexes, by name. Any change (keys, their order, DESC, unique, predicate, INCLUDE, method) drops the index
 * and creates it again; so does a rebuilt column it uses. {@link DiffOptions#concurrentIndexes()} makes these
 * CONCURRENTLY.
 */
final class IndexComparator implements TablePartComparator {

    @Override
    public void compare(DiffContext ctx, Table desired, Table actual, List<MigrationOp> out) {
        boolean concurrently = ctx.options().concurrentIndexes();
        Named<Index> m = Named.match(desired.indexes(), actual.indexes(), Index::name);
        for (Index i : m.dropped()) {
            out.add(new DropIndex(actual.name(), i.name(), i, concurrently));
        }
        for (Named.Pair<Index> p : m.common()) {
            if (Rebuilds.indexDropped(ctx, actual, p.actual())) {
                out.add(new DropIndex(actual.name(), p.actual().name(), p.actual(), concurrently));
                out.add(new CreateIndex(desired.name(), p.desired(), concurrently));
            }
        }
        for (Index i : m.added()) {
            out.add(new CreateIndex(desired.name(), i, concurrently));
        }
    }
}
