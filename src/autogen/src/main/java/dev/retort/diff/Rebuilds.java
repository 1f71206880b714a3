package dev.retort.diff;

import dev.retort.model.ForeignKey;
import dev.retort.model.Index;
import dev.retort.model.IndexKey;
import dev.retort.model.PrimaryKey;
import dev.retort.model.Table;
import dev.retort.model.UniqueConstraint;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * When an existing object must be dropped and created again. The comparators of primary keys, unique
 * constraints and indexes use these rules, and so does the foreign-key comparator, since a foreign key
 * must be dropped before the key it references and added again after it. An object that differs from a
 * desired one only by its name ({@link NameOnlyChanges}) is not dropped, unless it is rebuilt.
 */
final class Rebuilds {
    private Rebuilds() {
    }

    /** Whether the actual primary key of {@code table} is dropped (changed, gone, or on a rebuilt column). */
    static boolean primaryKeyDropped(DiffContext ctx, Table actual) {
        PrimaryKey pk = actual.primaryKey();
        if (pk == null) {
            return false;
        }
        Optional<Table> desired = ctx.desiredTable(actual.name());
        return desired.isEmpty()
                || !pk.equals(desired.get().primaryKey()) && !ctx.nameOnly(actual.name()).primaryKeyRenamed()
                || ctx.anyRebuilt(actual.name(), pk.columns());
    }

    /** Whether the actual unique constraint is dropped. */
    static boolean uniqueDropped(DiffContext ctx, Table actual, UniqueConstraint u) {
        Optional<Table> desired = ctx.desiredTable(actual.name());
        return desired.isEmpty()
                || !desired.get().uniques().contains(u) && !ctx.nameOnly(actual.name()).uniques().containsKey(u.name())
                || ctx.anyRebuilt(actual.name(), u.columns());
    }

    /** Whether the actual index is dropped: changed in any way, gone, or on a rebuilt column. */
    static boolean indexDropped(DiffContext ctx, Table actual, Index index) {
        Optional<Table> desired = ctx.desiredTable(actual.name());
        return desired.isEmpty()
                || !desired.get().indexes().contains(index)
                        && !ctx.nameOnly(actual.name()).indexes().containsKey(index.name())
                || involvesRebuilt(ctx, actual.name(), index);
    }

    static boolean involvesRebuilt(DiffContext ctx, String table, Index index) {
        for (IndexKey k : index.keys()) {
            if (k.isExpression() ? ctx.mentionsRebuilt(table, k.expression()) : ctx.rebuilt(table, k.column())) {
                return true;
            }
        }
        return ctx.anyRebuilt(table, index.include()) || ctx.mentionsRebuilt(table, index.where());
    }

    /**
     * Whether an unchanged foreign key of {@code owner} must still be dropped and added again: its own or
     * its referenced columns are rebuilt, or the primary key, unique constraint or unique index it relies on
     * in the referenced table is dropped.
     */
    static boolean foreignKeyRebuilt(DiffContext ctx, String owner, ForeignKey fk) {
        if (ctx.anyRebuilt(owner, fk.columns())) {
            return true;
        }
        // the diff compares one schema at a time: a referenced table of another schema is not in this context
        // (a namesake here is another table), and a change to its key that the foreign key blocks fails at upgrade
        String home = ctx.actualTable(owner).or(() -> ctx.desiredTable(owner)).map(Table::schema).orElse(null);
        if (!java.util.Objects.equals(fk.referencedSchema(), home)) {
            return false;
        }
        if (ctx.anyRebuilt(fk.referencedTable(), fk.referencedColumns())) {
            return true;
        }
        Optional<Table> target = ctx.actualTable(fk.referencedTable());
        if (target.isEmpty()) {
            return false;
        }
        Table t = target.get();
        Set<String> referenced = new HashSet<>(fk.referencedColumns());
        if (t.primaryKey() != null && sameColumns(t.primaryKey().columns(), referenced)
                && primaryKeyDropped(ctx, t)) {
            return true;
        }
        for (UniqueConstraint u : t.uniques()) {
            if (sameColumns(u.columns(), referenced) && uniqueDropped(ctx, t, u)) {
                return true;
            }
        }
        for (Index i : t.indexes()) {
            if (i.unique() && i.keys().stream().noneMatch(IndexKey::isExpression)
                    && sameColumns(i.keys().stream().map(IndexKey::column).toList(), referenced)
                    && indexDropped(ctx, t, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameColumns(List<String> columns, Set<String> referenced) {
        return new HashSet<>(columns).equals(referenced);
    }
}
