package dev.retort.scan.read;

import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.Table;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One table as Hibernate's {@code create table} statement makes it: columns in statement order, checks, primary
 * key, unique constraints, foreign keys and comment. Indexes come later ({@link IndexReader}), as Hibernate
 * creates them after all tables of the schema.
 */
final class TableReader {
    private TableReader() {
    }

    static Table read(ReadContext context, org.hibernate.mapping.Table table, NamespaceNames names) {
        String relation = Identifiers.fold(table.getNameIdentifier());
        List<Column> columns = new ArrayList<>();
        for (org.hibernate.mapping.Column column : table.getColumns()) {
            Column read = ColumnReader.read(context, table, column);
            if (read.identity() != null) { // PostgreSQL creates the identity's sequence before the table
                names.chooseRelation(relation, read.name(), "seq");
            }
            columns.add(read);
        }
        names.takeRelation(relation);
        Set<String> columnNames = new LinkedHashSet<>(columns.stream().map(Column::name).toList());
        List<CheckConstraint> checks = CheckReader.read(context, table, relation, columnNames, names);
        KeyReader.Keys keys = KeyReader.read(table, relation, names);
        return new Table(context.tableName(table), columns, keys.primaryKey(), keys.uniques(), checks,
                ForeignKeyReader.read(context, table), List.of(), table.getComment(), context.schemaOf(table));
    }

    /** Whether Hibernate's create script creates this table (not a view, subselect or abstract union). */
    static boolean isCreated(org.hibernate.mapping.Table table) {
        return table.isPhysicalTable() && !table.isView();
    }
}
