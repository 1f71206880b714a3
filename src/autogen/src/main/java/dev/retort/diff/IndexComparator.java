package dev.retort.diff;

import dev.retort.model.Index;
import dev.retort.model.Table;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.DropIndex;
import dev.retort.ops.MigrationOp;
import dev.retort.ops.RenameIndex;

import java.util.List;
import java.util.Map;

/**
 * Indexes, by name. Any change (keys, their order, DESC, unique, predicate, INCLUDE, method) drops the index
 * and creates it again; so does a rebuilt column it uses. {@link DiffOptions#concurrentIndexes()} makes these
 * CONCURRENTLY. One that differs from a desired index only by its name is renamed, or left alone when names
 * do not matter ({@link NameOnlyChanges}).
 */
final class IndexComparator implements TablePartComparator {

    @Override
    public void compare(DiffContext ctx, Table desired, Table actual, List<MigrationOp> out) {
        boolean concurrently = ctx.options().concurrentIndexes();
        Named<Index> m = Named.match(desired.indexes(), actual.indexes(), Index::name);
        Map<String, String> renames = ctx.nameOnly(actual.name()).indexes();
        Map<String, String> targets = NameOnlyChanges.targets(renames);
        for (Index i : m.dropped()) {
            String to = renames.get(i.name());
            if (to == null || Rebuilds.indexDropped(ctx, actual, i)) {
                out.add(new DropIndex(actual.name(), i.name(), i, concurrently));
            } else if (ctx.options().compareNames()) {
                out.add(new RenameIndex(actual.name(), i.name(), to));
            }
        }
        for (Named.Pair<Index> p : m.common()) {
            if (Rebuilds.indexDropped(ctx, actual, p.actual())) {
                out.add(new DropIndex(actual.name(), p.actual().name(), p.actual(), concurrently));
                out.add(new CreateIndex(desired.name(), p.desired(), concurrently));
            }
        }
        for (Index i : m.added()) {
            String from = targets.get(i.name());
            if (from == null || Rebuilds.indexDropped(ctx, actual, NameOnlyChanges.find(actual.indexes(), Index::name, from))) {
                out.add(new CreateIndex(desired.name(), i, concurrently));
            }
        }
    }
}
