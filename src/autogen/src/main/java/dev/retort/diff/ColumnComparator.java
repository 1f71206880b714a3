package dev.retort.diff;

import dev.retort.model.Column;
import dev.retort.model.Table;
import dev.retort.ops.*;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Columns: added, dropped, and changed in type (length, precision, scale, arrays), collation, nullability,
 * server default, identity or comment. A changed generated expression drops and adds the column, since PostgreSQL
 * cannot alter it. When the type changes, or the default names an enum value that is dropped (even one
 * dropped only to be added again in another place), the default is dropped first and set again at the end
 * ({@link OpOrdering} places them), so that PostgreSQL never casts a default to another type and no default
 * names an enum value while it is dropped.
 */
final class ColumnComparator implements TablePartComparator {

    @Override
    public void compare(DiffContext ctx, Table desired, Table actual, List<MigrationOp> out) {
        String table = desired.name();
        for (Column ac : actual.columns()) {
            if (desired.column(ac.name()).isEmpty()) {
                out.add(new DropColumn(table, ac.name(), ac));
            }
        }
        for (Column dc : desired.columns()) {
            Optional<Column> ac = actual.column(dc.name());
            if (ac.isEmpty()) {
                out.add(new AddColumn(table, dc));
            } else if (ctx.rebuilt(table, dc.name())) {
                out.add(new DropColumn(table, dc.name(), ac.get()));
                out.add(new AddColumn(table, dc));
            } else {
                alter(ctx, desired, dc, ac.get(), out);
            }
        }
    }

    private static void alter(DiffContext ctx, Table desired, Column d, Column a, List<MigrationOp> out) {
        String table = desired.name();
        String name = d.name();
        boolean typeChanges = !d.type().equals(a.type());
        if (typeChanges || !Objects.equals(d.collation(), a.collation())) {
            // a collated column keeps its collation through a type change only when the statement names it
            out.add(new AlterColumnType(table, name, a.type(), d.type(), null, a.collation(), d.collation()));
        }
        boolean serial = SerialColumns.satisfies(d, a) || SerialColumns.drawsFromGeneratorSequence(ctx, desired, d, a)
                || GeneratedIdDefaults.kept(desired, d, a);
        boolean namesDroppedValue = ctx.namesDroppedEnumValue(a.type(), a.defaultExpression());
        if (!serial && (!Objects.equals(d.defaultExpression(), a.defaultExpression()) || namesDroppedValue)) {
            boolean split = typeChanges || namesDroppedValue;
            if (split && a.defaultExpression() != null && d.defaultExpression() != null) {
                out.add(new AlterColumnDefault(table, name, a.defaultExpression(), null, true));
                out.add(new AlterColumnDefault(table, name, null, d.defaultExpression(), true));
            } else {
                out.add(new AlterColumnDefault(table, name, a.defaultExpression(), d.defaultExpression(), true));
            }
        }
        if (d.nullable() != a.nullable()) {
            out.add(new AlterColumnNullable(table, name, d.nullable()));
        }
        if (!serial && !Objects.equals(d.identity(), a.identity())) {
            out.add(new AlterColumnIdentity(table, name, a.identity(), d.identity()));
        }
        if (!Objects.equals(d.comment(), a.comment())) {
            out.add(new SetColumnComment(table, name, a.comment(), d.comment(), true));
        }
    }
}
