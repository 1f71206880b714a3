package dev.retort.diff;

import dev.retort.errors.ErrorKind;
import dev.retort.errors.RetortException;
import dev.retort.model.SchemaModel;
import dev.retort.ops.CreateSchema;
import dev.retort.ops.InSchema;
import dev.retort.ops.MigrationOp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
     * schemas; a {@code --rename} hint goes to the schema of the table it names), and the operations of another schema
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
        Map<String, List<Rename>> hints = hintsBySchema(options.renames().hints(), compared, desired, actual);
        out.addAll(diffOne(desired.inSchema(null), actual.inSchema(null), withHints(options, hints.get(null))));
        for (String schema : compared) {
            for (MigrationOp op : diffOne(desired.inSchema(schema), actual.inSchema(schema),
                    withHints(options, hints.get(schema)))) {
                out.add(InSchema.of(schema, op));
            }
        }
        return OpOrdering.sort(out);
    }

    private static DiffOptions withHints(DiffOptions options, List<Rename> hints) {
        return options.withRenames(new Renames(hints == null ? List.of() : hints, options.renames().question()));
    }

    /**
     * Each {@code --rename} hint goes to the schema whose table it names: the project's when the database has the
     * table there (or nowhere: its comparison then says what is wrong), else the one other schema that has it.
     */
    private static Map<String, List<Rename>> hintsBySchema(List<Rename> hints, SortedSet<String> others,
                                                         SchemaModel desired, SchemaModel actual) {
        Map<String, List<Rename>> out = new HashMap<>();
        for (Rename h : hints) {
            List<String> homes = new ArrayList<>();
            for (String schema : others) {
                if (actual.table(schema, h.table()).isPresent() || desired.table(schema, h.table()).isPresent()) {
                    homes.add(schema);
                }
            }
            boolean project = actual.table(null, h.table()).isPresent() || desired.table(null, h.table()).isPresent();
            if (!project && homes.size() > 1) {
                throw new RetortException(ErrorKind.USAGE, "--rename " + h + ": schemas " + String.join(" and ", homes)
                        + " both have a table " + h.table() + ", and a rename hint cannot say which; rename it by"
                        + " hand with op.inSchema(\"" + homes.get(0) + "\").renameTable(...)");
            }
            String home = project || homes.isEmpty() ? null : homes.get(0);
            out.computeIfAbsent(home, k -> new ArrayList<>()).add(h);
        }
        return out;
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
