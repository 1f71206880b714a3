package dev.retort.diff;

import dev.retort.model.CheckConstraint;
import dev.retort.model.Table;
import dev.retort.ops.AddCheckConstraint;
import dev.retort.ops.DropCheckConstraint;
import dev.retort.ops.MigrationOp;
import dev.retort.ops.RenameConstraint;

import java.util.List;
import java.util.Map;

/**
 * Check constraints, by name: added, dropped, or changed in expression (drop + add). A check whose
 * expression names a rebuilt column is dropped and added again with it. One that differs from a desired
 * check only by its name is renamed, or left alone when names do not matter ({@link NameOnlyChanges}).
 */
final class CheckConstraintComparator implements TablePartComparator {

    @Override
    public void compare(DiffContext ctx, Table desired, Table actual, List<MigrationOp> out) {
        Named<CheckConstraint> m = Named.match(desired.checks(), actual.checks(), CheckConstraint::name);
        Map<String, String> renames = ctx.nameOnly(actual.name()).checks();
        Map<String, String> targets = NameOnlyChanges.targets(renames);
        for (CheckConstraint c : m.dropped()) {
            String to = renames.get(c.name());
            if (to == null || ctx.mentionsRebuilt(actual.name(), c.expression())) {
                out.add(new DropCheckConstraint(actual.name(), c.name(), c));
            } else if (ctx.options().compareNames()) {
                out.add(new RenameConstraint(actual.name(), c.name(), to));
            }
        }
        for (Named.Pair<CheckConstraint> p : m.common()) {
            if (!CheckExpressions.same(p.desired(), p.actual()) || ctx.mentionsRebuilt(actual.name(), p.actual().expression())) {
                out.add(new DropCheckConstraint(actual.name(), p.actual().name(), p.actual()));
                out.add(new AddCheckConstraint(desired.name(), p.desired()));
            }
        }
        for (CheckConstraint c : m.added()) {
            String from = targets.get(c.name());
            if (from == null || ctx.mentionsRebuilt(actual.name(), c.expression())) {
                out.add(new AddCheckConstraint(desired.name(), c));
            }
        }
    }
}
