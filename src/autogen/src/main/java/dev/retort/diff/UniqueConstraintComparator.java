package dev.retort.diff;

import dev.retort.model.Table;
import dev.retort.model.UniqueConstraint;
import dev.retort.ops.AddUniqueConstraint;
import dev.retort.ops.DropUniqueConstraint;
import dev.retort.ops.MigrationOp;
import dev.retort.ops.RenameConstraint;

import java.util.List;
import java.util.Map;

/**
 * Unique constraints, by name: added, dropped, or changed in columns (drop + add). One that differs from a
 * desired one only by its name is renamed, or left alone when names do not matter ({@link NameOnlyChanges}).
 */
final class UniqueConstraintComparator implements TablePartComparator {

    @Override
    public void compare(DiffContext ctx, Table desired, Table actual, List<MigrationOp> out) {
        Named<UniqueConstraint> m = Named.match(desired.uniques(), actual.uniques(), UniqueConstraint::name);
        Map<String, String> renames = ctx.nameOnly(actual.name()).uniques();
        Map<String, String> targets = NameOnlyChanges.targets(renames);
        for (UniqueConstraint u : m.dropped()) {
            String to = renames.get(u.name());
            if (to == null || Rebuilds.uniqueDropped(ctx, actual, u)) {
                out.add(new DropUniqueConstraint(actual.name(), u.name(), u));
            } else if (ctx.options().compareNames()) {
                out.add(new RenameConstraint(actual.name(), u.name(), to));
            }
        }
        for (Named.Pair<UniqueConstraint> p : m.common()) {
            if (Rebuilds.uniqueDropped(ctx, actual, p.actual())) {
                out.add(new DropUniqueConstraint(actual.name(), p.actual().name(), p.actual()));
                out.add(new AddUniqueConstraint(desired.name(), p.desired()));
            }
        }
        for (UniqueConstraint u : m.added()) {
            String from = targets.get(u.name());
            if (from == null || Rebuilds.uniqueDropped(ctx, actual, NameOnlyChanges.find(actual.uniques(), UniqueConstraint::name, from))) {
                out.add(new AddUniqueConstraint(desired.name(), u));
            }
        }
    }
}
