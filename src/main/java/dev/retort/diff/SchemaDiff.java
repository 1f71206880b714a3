package dev.retort.diff;

import dev.retort.model.SchemaModel;
import dev.retort.ops.MigrationOp;

import java.util.ArrayList;
import java.util.List;

/**
 * The operations that turn the actual schema into the desired one: a pure function, no JDBC, no I/O. Both
 * models must be normalized by the dialect first; objects are compared with {@code equals}. The result is in
 * execution order ({@link OpOrdering}); its downgrade is {@link dev.retort.ops.Ops#reverse}.
 *
 * <p>One comparator per object kind: {@link TableComparator} (which runs the column, primary key, unique,
 * check, index, foreign key and table comment comparators on tables present on both sides),
 * {@link SequenceComparator} and {@link EnumTypeComparator}.
 */
public final class SchemaDiff {
    private SchemaDiff() {
    }

    /** {@link #diff(SchemaModel, SchemaModel, DiffOptions)} with {@link DiffOptions#defaults()}. */
    public static List<MigrationOp> diff(SchemaModel desired, SchemaModel actual) {
        return diff(desired, actual, DiffOptions.defaults());
    }

    /** The operations that turn {@code actual} into {@code desired}, in execution order; empty when they are equal. */
    public static List<MigrationOp> diff(SchemaModel desired, SchemaModel actual, DiffOptions options) {
        DiffContext ctx = DiffContext.of(desired, actual, options);
        List<MigrationOp> out = new ArrayList<>();
        if (options.detectRenames()) {
            RenameDetection.Plan renames = RenameDetection.plan(ctx.desired(), ctx.actual(), options.renames());
            if (!renames.ops().isEmpty()) {
                out.addAll(renames.ops());
                ctx = DiffContext.of(ctx.desired(), renames.actual(), options);
            }
        }
        new EnumTypeComparator().compare(ctx, out);
        new SequenceComparator().compare(ctx, out);
        new TableComparator().compare(ctx, out);
        return OpOrdering.sort(out);
    }
}
