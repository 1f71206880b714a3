package dev.retort.diff;

import dev.retort.model.CheckConstraint;
import dev.retort.model.Table;
import dev.retort.ops.AddCheckConstraint;
import dev.retort.ops.DropCheckConstraint;
import dev.retort.ops.MigrationOp;

import java.util.List;

/**
 * Check constraints, by name: added, dropped, or changed in expression (drop + add). A check whose
 * expression names a rebuilt column is dropped and added again with it.
 */
final class CheckConstraintComparator implements TablePartComparator {

    @Override
    public void compare(DiffContext ctx, Table desired, Table actual, List<MigrationOp> out) {
        Named<CheckConstraint> m = Named.match(desired.checks(), actual.checks(), CheckConstraint::name);
        for (CheckConstraint c : m.dropped()) {
            out.add(new DropCheckConstraint(actual.name(), c.name(), c));
        }
        for (Named.Pair<CheckConstraint> p : m.common()) {
            if (!CheckExpressions.same(p.desired(), p.actual()) || ctx.mentionsRebuilt(actual.name(), p.actual().expression())) {
                out.add(new DropCheckConstraint(actual.name(), p.actual().name(), p.actual()));
                out.add(new AddCheckConstraint(desired.name(), p.desired()));
            }
        }
        for (CheckConstraint c : m.added()) {
            out.add(new AddCheckConstraint(desired.name(), c));
        }
    }
}
