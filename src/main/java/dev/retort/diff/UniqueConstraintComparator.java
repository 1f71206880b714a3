package dev.retort.diff;

import dev.retort.model.Table;
import dev.retort.model.UniqueConstraint;
import dev.retort.ops.AddUniqueConstraint;
import dev.retort.ops.DropUniqueConstraint;
import dev.retort.ops.MigrationOp;

import java.util.List;

/** Unique constraints, by name: added, dropped, or changed in columns (drop + add). */
final class UniqueConstraintComparator implements TablePartComparator {

    @Override
    public void compare(DiffContext ctx, Table desired, Table actual, List<MigrationOp> out) {
        Named<UniqueConstraint> m = Named.match(desired.uniques(), actual.uniques(), UniqueConstraint::name);
        for (UniqueConstraint u : m.dropped()) {
            out.add(new DropUniqueConstraint(actual.name(), u.name(), u));
        }
        for (Named.Pair<UniqueConstraint> p : m.common()) {
            if (Rebuilds.uniqueDropped(ctx, actual, p.actual())) {
                out.add(new DropUniqueConstraint(actual.name(), p.actual().name(), p.actual()));
                out.add(new AddUniqueConstraint(desired.name(), p.desired()));
            }
        }
        for (UniqueConstraint u : m.added()) {
            out.add(new AddUniqueConstraint(desired.name(), u));
        }
    }
}
