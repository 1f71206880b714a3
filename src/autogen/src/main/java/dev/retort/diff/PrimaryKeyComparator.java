package dev.retort.diff;

import dev.retort.model.Table;
import dev.retort.ops.AddPrimaryKey;
import dev.retort.ops.DropPrimaryKey;
import dev.retort.ops.MigrationOp;
import dev.retort.ops.RenameConstraint;

import java.util.List;

/**
 * The primary key: added, dropped, or changed in columns (drop + add). A key that differs only by its name is
 * renamed, or left alone when names do not matter ({@link NameOnlyChanges}).
 */
final class PrimaryKeyComparator implements TablePartComparator {

    @Override
    public void compare(DiffContext ctx, Table desired, Table actual, List<MigrationOp> out) {
        boolean drop = Rebuilds.primaryKeyDropped(ctx, actual);
        if (drop) {
            out.add(new DropPrimaryKey(actual.name(), actual.primaryKey().name(), actual.primaryKey()));
        }
        if (desired.primaryKey() != null && (drop || actual.primaryKey() == null)) {
            out.add(new AddPrimaryKey(desired.name(), desired.primaryKey()));
        } else if (!drop && ctx.nameOnly(actual.name()).primaryKeyRenamed() && ctx.options().compareNames()) {
            out.add(new RenameConstraint(actual.name(), actual.primaryKey().name(),
                    ctx.nameOnly(actual.name()).primaryKey()));
        }
    }
}
