package dev.retort.diff;

import dev.retort.model.Table;
import dev.retort.ops.MigrationOp;
import dev.retort.ops.SetTableComment;

import java.util.List;
import java.util.Objects;

/** The table comment: set, changed or removed. */
final class TableCommentComparator implements TablePartComparator {

    @Override
    public void compare(DiffContext ctx, Table desired, Table actual, List<MigrationOp> out) {
        if (!Objects.equals(desired.comment(), actual.comment())) {
            out.add(new SetTableComment(desired.name(), actual.comment(), desired.comment(), true));
        }
    }
}
