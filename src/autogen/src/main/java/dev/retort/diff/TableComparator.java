package dev.retort.diff;

import dev.retort.model.ForeignKey;
import dev.retort.model.Index;
import dev.retort.model.Table;
import dev.retort.ops.*;

import java.util.List;

/**
 * Tables: created, dropped, or compared part by part.
 *
 * <p>A new table becomes a {@link CreateTable} with its columns, primary key, unique and check constraints
 * and comment, but without foreign keys and indexes: those become {@link AddForeignKey} and
 * {@link CreateIndex} operations, which {@link OpOrdering} places after every table is created.
 *
 * <p>A dropped table first loses its foreign keys ({@link DropForeignKey}, so that their reverse adds them
 * back after the table is recreated); its {@link DropTable} carries the definition without foreign keys but
 * with its indexes, since dropping the table drops them and the reverse must create them again. Both carry
 * the definition {@link Table#sorted() sorted}, so the result does not depend on list order. Foreign
 * keys of other tables that point at it are dropped by their own table's comparison.
 */
final class TableComparator {
    private static final List<TablePartComparator> PARTS = List.of(
            new ColumnComparator(),
            new PrimaryKeyComparator(),
            new UniqueConstraintComparator(),
            new CheckConstraintComparator(),
            new IndexComparator(),
            new ForeignKeyComparator(),
            new TableCommentComparator());

    void compare(DiffContext ctx, List<MigrationOp> out) {
        Named<Table> m = Named.match(ctx.desired().tables(), ctx.actual().tables(), Table::name);
        for (Table t : m.added()) {
            create(t, out);
        }
        if (ctx.options().dropUnknownTables()) {
            for (Table t : m.dropped()) {
                drop(t, out);
            }
        }
        for (Named.Pair<Table> p : m.common()) {
            for (TablePartComparator part : PARTS) {
                part.compare(ctx, p.desired(), p.actual(), out);
            }
        }
    }

    private static void create(Table t, List<MigrationOp> out) {
        out.add(new CreateTable(t.withForeignKeys(List.of()).withIndexes(List.of()).sorted()));
        for (ForeignKey fk : Named.match(t.foreignKeys(), List.of(), ForeignKey::name).added()) {
            out.add(new AddForeignKey(t.name(), fk));
        }
        for (Index i : Named.match(t.indexes(), List.of(), Index::name).added()) {
            out.add(new CreateIndex(t.name(), i, false));
        }
    }

    private static void drop(Table t, List<MigrationOp> out) {
        for (ForeignKey fk : Named.match(List.of(), t.foreignKeys(), ForeignKey::name).dropped()) {
            out.add(new DropForeignKey(t.name(), fk.name(), fk));
        }
        out.add(new DropTable(t.name(), t.withForeignKeys(List.of()).sorted()));
    }
}
