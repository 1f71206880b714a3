package dev.retort.scan.read;

import dev.retort.model.PrimaryKey;
import dev.retort.model.UniqueConstraint;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Table;
import org.hibernate.mapping.UniqueKey;

import java.util.ArrayList;
import java.util.List;

/**
 * The primary key and unique constraints of a table as Hibernate's {@code create table} declares them for
 * PostgreSQL ({@code CreateTableUniqueDelegate}): {@code unique} after each column marked unique,
 * {@code [constraint n] unique (a, b)} after the column list for every other unique key, named only when the
 * mapping names it. PostgreSQL then builds the indexes primary key first, folds duplicate column lists into one,
 * and names unnamed ones {@code <table>_pkey} and {@code <table>_<col1>_<col2>_key}.
 */
final class KeyReader {
    private KeyReader() {
    }

    record Keys(PrimaryKey primaryKey, List<UniqueConstraint> uniques) {
    }

    /** An index-backed constraint before naming; {@code name} is null when PostgreSQL names it. */
    private static final class Pending {
        final boolean primary;
        final List<String> columns;
        String name;

        Pending(boolean primary, List<String> columns, String name) {
            this.primary = primary;
            this.columns = columns;
            this.name = name;
        }
    }

    static Keys read(Table table, String tableName, NamespaceNames names) {
        List<Pending> pending = new ArrayList<>();
        if (table.hasPrimaryKey()) {
            org.hibernate.mapping.PrimaryKey key = table.getPrimaryKey();
            UniqueKey ordering = key.getOrderingUniqueKey();
            String name = ordering != null && ordering.isNameExplicit() ? Identifiers.fold(ordering.getName()) : null;
            pending.add(new Pending(true, columnNames(key.getColumns()), name));
        }
        for (Column column : table.getColumns()) {
            if (column.isUnique() && !table.isPrimaryKey(column)) {
                add(pending, new Pending(false, List.of(ColumnReader.columnName(column)), null));
            }
        }
        for (UniqueKey uniqueKey : table.getUniqueKeys().values()) {
            if (!isSingleColumnUnique(table, uniqueKey)) {
                String name = uniqueKey.isNameExplicit() ? Identifiers.fold(uniqueKey.getName()) : null;
                add(pending, new Pending(false, columnNames(uniqueKey.getColumns()), name));
            }
        }
        PrimaryKey primaryKey = null;
        List<UniqueConstraint> uniques = new ArrayList<>();
        for (Pending p : pending) {
            if (p.name == null) {
                p.name = p.primary ? names.chooseIndexConstraint(tableName, null, "pkey")
                        : names.chooseIndexConstraint(tableName, PgNaming.indexNameAddition(p.columns), "key");
            } else {
                names.takeRelation(p.name);
                names.takeConstraint(p.name);
            }
            if (p.primary) {
                primaryKey = new PrimaryKey(p.name, p.columns);
            } else {
                uniques.add(new UniqueConstraint(p.name, p.columns));
            }
        }
        return new Keys(primaryKey, uniques);
    }

    /** PostgreSQL keeps one index per column list; a later name goes to an earlier unnamed duplicate. */
    private static void add(List<Pending> pending, Pending next) {
        for (Pending earlier : pending) {
            if (earlier.columns.equals(next.columns)) {
                if (earlier.name == null) {
                    earlier.name = next.name;
                }
                return;
            }
        }
        pending.add(next);
    }

    /** As {@code CreateTableUniqueDelegate.isSingleColumnUnique}: such a key is the column's own {@code unique}. */
    private static boolean isSingleColumnUnique(Table table, UniqueKey uniqueKey) {
        if (uniqueKey.getColumns().size() != 1) {
            return false;
        }
        Column column = uniqueKey.getColumn(0);
        if (column.isUnique()) {
            return true;
        }
        Column tableColumn = table.getColumn(column);
        return tableColumn != null && tableColumn.isUnique();
    }

    static List<String> columnNames(List<Column> columns) {
        return columns.stream().map(ColumnReader::columnName).toList();
    }
}
