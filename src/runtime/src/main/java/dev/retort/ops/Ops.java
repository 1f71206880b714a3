package dev.retort.ops;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Operations on lists of operations. */
public final class Ops {
    private Ops() {
    }

    /** The downgrade of {@code upgrade}: each operation's reverse, in reverse order. */
    public static List<MigrationOp> reverse(List<MigrationOp> upgrade) {
        List<MigrationOp> out = new ArrayList<>(upgrade.size());
        for (MigrationOp op : upgrade) {
            out.add(op.reverse());
        }
        Collections.reverse(out);
        return List.copyOf(out);
    }
}
