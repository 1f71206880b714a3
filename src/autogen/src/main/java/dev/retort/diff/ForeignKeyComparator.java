package dev.retort.diff;

import dev.retort.model.ForeignKey;
import dev.retort.model.Table;
import dev.retort.ops.AddForeignKey;
import dev.retort.ops.DropForeignKey;
import dev.retort.ops.MigrationOp;
import dev.retort.ops.RenameConstraint;

import java.util.List;
import java.util.Map;

/**
 * Foreign keys, by name: added, dropped, or changed in columns, target table, target columns, ON DELETE or
 * ON UPDATE (drop + add). An unchanged foreign key is dropped and added again when what it depends on is
 * rebuilt ({@link Rebuilds#foreignKeyRebuilt}). One that differs from a desired foreign key only by its
 * name is renamed, or left alone when names do not matter ({@link NameOnlyChanges}): no validation scan.
 */
final class ForeignKeyComparator implements TablePartComparator {

    @Override
    public void compare(DiffContext ctx, Table desired, Table actual, List<MigrationOp> out) {
        Named<ForeignKey> m = Named.match(desired.foreignKeys(), actual.foreignKeys(), ForeignKey::name);
        Map<String, String> renames = ctx.nameOnly(actual.name()).foreignKeys();
        Map<String, String> targets = NameOnlyChanges.targets(renames);
        for (ForeignKey fk : m.dropped()) {
            String to = renames.get(fk.name());
            if (to == null || Rebuilds.foreignKeyRebuilt(ctx, actual.name(), fk)) {
                out.add(new DropForeignKey(actual.name(), fk.name(), fk));
            } else if (ctx.options().compareNames()) {
                out.add(new RenameConstraint(actual.name(), fk.name(), to));
            }
        }
        for (Named.Pair<ForeignKey> p : m.common()) {
            if (!p.same() || Rebuilds.foreignKeyRebuilt(ctx, actual.name(), p.actual())) {
                out.add(new DropForeignKey(actual.name(), p.actual().name(), p.actual()));
                out.add(new AddForeignKey(desired.name(), p.desired()));
            }
        }
        for (ForeignKey fk : m.added()) {
            String from = targets.get(fk.name());
            if (from == null || Rebuilds.foreignKeyRebuilt(ctx, actual.name(),
                    NameOnlyChanges.find(actual.foreignKeys(), ForeignKey::name, from))) {
                out.add(new AddForeignKey(desired.name(), fk));
            }
        }
    }
}
