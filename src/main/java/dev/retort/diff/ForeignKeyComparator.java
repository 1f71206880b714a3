package dev.retort.diff;

import dev.retort.model.ForeignKey;
import dev.retort.model.Table;
import dev.retort.ops.AddForeignKey;
import dev.retort.ops.DropForeignKey;
import dev.retort.ops.MigrationOp;

import java.util.List;

/**
 * Foreign keys, by name: added, dropped, or changed in columns, target table, target columns, ON DELETE or
 * ON UPDATE (drop + add). An unchanged foreign key is dropped and added again when what it depends on is
 * rebuilt ({@link Rebuilds#foreignKeyRebuilt}).
 */
final class ForeignKeyComparator implements TablePartComparator {

    @Override
    public void compare(DiffContext ctx, Table desired, Table actual, List<MigrationOp> out) {
        Named<ForeignKey> m = Named.match(desired.foreignKeys(), actual.foreignKeys(), ForeignKey::name);
        for (ForeignKey fk : m.dropped()) {
            out.add(new DropForeignKey(actual.name(), fk.name(), fk));
        }
        for (Named.Pair<ForeignKey> p : m.common()) {
            if (!p.same() || Rebuilds.foreignKeyRebuilt(ctx, actual.name(), p.actual())) {
                out.add(new DropForeignKey(actual.name(), p.actual().name(), p.actual()));
                out.add(new AddForeignKey(desired.name(), p.desired()));
            }
        }
        for (ForeignKey fk : m.added()) {
            out.add(new AddForeignKey(desired.name(), fk));
        }
    }
}
