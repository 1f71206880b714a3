package dev.retort.diff;

import dev.retort.model.SchemaModel;
import dev.retort.ops.CreateSchema;
import dev.retort.ops.InSchema;
import dev.retort.ops.MigrationOp;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The operations that turn the actual schema into the desired one: a pure function, no JDBC, no I/O. Both
 * models must be normalized by the dialect first; objects are compared with {@code equals}. The result is in
 * execution order ({@link OpOrdering}); its downgrade is {@link dev.retort.ops.Ops#reverse}.
 *
 * <p>One comparator per object kind: {@link TableComparator} (which runs the column, primary key, unique,
 * check, index, foreign key and table comment comparators on tables present on both sides),
 * {@link SequenceComparator}, {@link EnumTypeComparator} and {@link CastComparator}.
 */
public final class SchemaDiff {
    private SchemaDiff() {
    }

    /** {@link #diff(SchemaModel, SchemaModel, DiffOptions)} with {@link DiffOptions#defaults()}. */
    public static List<MigrationOp> diff(SchemaModel desired, SchemaModel actual) {
        return diff(desired, actual, DiffOptions.defaults());
    }

    /**
     * The operations that turn {@code actual} into {@code desired}, in execution order; empty when they are equal.
     * Objects are matched by (schema, name): each schema is compared on its own (renames never pair objects of two
     * schemas; {@code --rename} hints name tables of the project's schema), and the operations of another schema
     * than the project's run {@link InSchema in it}. A schema the desired objects use that the actual model neither
     * has ({@link SchemaModel#schemas()}) nor holds objects in is created first.
     */
    public static List<MigrationOp> diff(SchemaModel desired, SchemaModel actual, DiffOptions options) {
        SortedSet<String> used = desired.usedSchemas();
        SortedSet<String> existing = new TreeSet<>(actual.schemas());
        existing.addAll(actual.usedSchemas());
        SortedSet<String> compared = new TreeSet<>(used);
        compared.addAll(existing);
        List<MigrationOp> out = new ArrayList<>();
        for (String schema : used) {
            if (!existing.contains(schema)) {
                out.add(new CreateSchema(schema));
            }
        }
        out.addAll(diffOne(desired.inSchema(null), actual.inSchema(null), options));
        DiffOptions elsewhere = options.withRenames(new Renames(List.of(), options.renames().question()));
        for (String schema : compared) {
            for (MigrationOp op : diffOne(desired.inSchema(schema), actual.inSchema(schema), elsewhere)) {
                out.add(InSchema.of(schema, op));
            }
        }
        return OpOrdering.sort(out);
    }

    /** The operations within one schema. */
    private static List<MigrationOp> diffOne(SchemaModel desired, SchemaModel actual, DiffOptions options) {
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
        new CastComparator().compare(ctx, out); // after the enum types: a created type comes before its casts
        new SequenceComparator().compare(ctx, out);
        new TableComparator().compare(ctx, out);
        return OpOrdering.sort(out);
    }
}
