package dev.retort.reflect;

import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.ForeignKey;
import dev.retort.model.Index;
import dev.retort.model.IndexKey;
import dev.retort.model.PrimaryKey;
import dev.retort.model.ReferentialAction;
import dev.retort.model.UniqueConstraint;
import schemacrawler.schema.ColumnReference;
import schemacrawler.schema.ForeignKeyUpdateRule;
import schemacrawler.schema.IndexColumn;
import schemacrawler.schema.IndexColumnSortSequence;
import schemacrawler.schema.Table;
import schemacrawler.schema.TableConstraint;
import schemacrawler.schema.TableConstraintColumn;
import schemacrawler.schema.TableConstraintType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** One SchemaCrawler table, with the supplementary facts SchemaCrawler lacks, as Retort's table parts. */
final class ScTableConverter {
    /** Attribute that the plug-in's EXT_TABLE_CONSTRAINTS view sets from {@code pg_get_constraintdef}. */
    private static final String CONSTRAINT_DEFINITION = "CONSTRAINT_DEFINITION";
    /** Attribute that the JDBC driver's index metadata sets from {@code pg_get_expr(indpred, indrelid)}. */
    private static final String FILTER_CONDITION = "FILTER_CONDITION";

    private final String schema;
    private final PgIdentitySupplement identities;
    private final PgIndexSupplement indexExtras;
    private final PgConstraintSupplement constraintExtras;
    private final PgCollationSupplement collations;

    ScTableConverter(String schema, PgIdentitySupplement identities, PgIndexSupplement indexExtras,
                     PgConstraintSupplement constraintExtras, PgCollationSupplement collations) {
        this.schema = schema;
        this.identities = identities;
        this.indexExtras = indexExtras;
        this.constraintExtras = constraintExtras;
        this.collations = collations;
    }

    TableParts convert(Table table) {
        TableParts parts = new TableParts(table.getName(), blankToNull(table.getRemarks()));
        for (schemacrawler.schema.Column column : table.getColumns()) {
            parts.columns.add(column(table, column));
        }
        if (table.hasPrimaryKey()) {
            String name = table.getPrimaryKey().getName();
            parts.primaryKey = new PrimaryKey(name, columnNames(table.getPrimaryKey().getConstrainedColumns()),
                    constraintExtras.of(table.getName(), name).deferrable());
        }
        Set<String> constraintIndexNames = new HashSet<>();
        for (TableConstraint constraint : table.getTableConstraints()) {
            TableConstraintType type = constraint.getType();
            if (type == TableConstraintType.primary_key) {
                constraintIndexNames.add(constraint.getName());
            } else if (type == TableConstraintType.unique) {
                constraintIndexNames.add(constraint.getName());
                PgConstraintSupplement.Extras extras = constraintExtras.of(table.getName(), constraint.getName());
                parts.uniques.add(new UniqueConstraint(constraint.getName(),
                        columnNames(constraint.getConstrainedColumns()), extras.deferrable(), extras.nullsNotDistinct()));
            } else if (type == TableConstraintType.check && constraint.hasAttribute(CONSTRAINT_DEFINITION)) {
                // information_schema also lists NOT NULL columns as checks; those have no pg_constraint row
                String printed = CheckDefinitions.expression(constraint.getAttribute(CONSTRAINT_DEFINITION).toString());
                parts.checks.add(new CheckConstraint(constraint.getName(), printed, printed));
            }
        }
        for (schemacrawler.schema.ForeignKey fk : table.getImportedForeignKeys()) {
            parts.foreignKeys.add(foreignKey(table, fk));
        }
        if (table.hasPrimaryKey()) {
            constraintIndexNames.add(table.getPrimaryKey().getName());
        }
        for (schemacrawler.schema.Index index : table.getIndexes()) {
            if (!constraintIndexNames.contains(index.getName())) {
                parts.indexes.add(index(table, index));
            }
        }
        return parts;
    }

    private Column column(Table table, schemacrawler.schema.Column column) {
        String expression = column.getDefaultValue();
        boolean generated = column.isGenerated();
        return new Column(column.getName(), ScColumnTypes.of(column), column.isNullable(),
                generated ? null : expression,
                identities.of(table.getName(), column.getName()),
                generated ? expression : null,
                blankToNull(column.getRemarks()), null, collations.of(table.getName(), column.getName()));
    }

    private ForeignKey foreignKey(Table table, schemacrawler.schema.ForeignKey fk) {
        List<String> columns = new ArrayList<>();
        List<String> referenced = new ArrayList<>();
        Table referencedTable = null;
        List<ColumnReference> references = new ArrayList<>(fk.getColumnReferences());
        references.sort(Comparator.comparingInt(ColumnReference::getKeySequence));
        for (ColumnReference reference : references) {
            columns.add(reference.getForeignKeyColumn().getName());
            referenced.add(reference.getPrimaryKeyColumn().getName());
            referencedTable = (Table) reference.getPrimaryKeyColumn().getParent();
        }
        PgConstraintSupplement.Extras extras = constraintExtras.of(table.getName(), fk.getName());
        return new ForeignKey(fk.getName(), columns, referencedTable.getName(), referenced,
                action(fk.getDeleteRule()), action(fk.getUpdateRule()),
                ReflectedNames.referencedSchema(referencedTable.getSchema().getName(), schema),
                extras.deferrable(), extras.matchFull());
    }

    private Index index(Table table, schemacrawler.schema.Index index) {
        PgIndexSupplement.Extras extras = indexExtras.of(table.getName(), index.getName());
        List<IndexColumn> columns = new ArrayList<>(index.getColumns());
        columns.sort(Comparator.comparingInt(IndexColumn::getIndexOrdinalPosition));
        List<IndexKey> keys = new ArrayList<>();
        List<String> include = new ArrayList<>();
        for (IndexColumn column : columns) {
            int position = column.getIndexOrdinalPosition();
            boolean descending = column.getSortSequence() == IndexColumnSortSequence.descending;
            String expression = extras.expressions().get(position);
            String collation = extras.collations().get(position);
            String opclass = extras.opclasses().get(position);
            if (position > extras.keyCount()) {
                include.add(column.getName());
            } else if (expression != null) {
                keys.add(new IndexKey(null, expression, descending, collation, opclass));
            } else {
                keys.add(new IndexKey(column.getName(), null, descending, collation, opclass));
            }
        }
        Object predicate = index.getAttribute(FILTER_CONDITION);
        return new Index(index.getName(), keys, index.isUnique(),
                predicate == null ? null : predicate.toString(), include, extras.method(), extras.valid(),
                extras.nullsNotDistinct());
    }

    private static List<String> columnNames(List<TableConstraintColumn> columns) {
        List<TableConstraintColumn> sorted = new ArrayList<>(columns);
        sorted.sort(Comparator.comparingInt(TableConstraintColumn::getTableConstraintOrdinalPosition));
        return sorted.stream().map(TableConstraintColumn::getName).toList();
    }

    private static ReferentialAction action(ForeignKeyUpdateRule rule) {
        return switch (rule) {
            case noAction -> ReferentialAction.NO_ACTION;
            case restrict -> ReferentialAction.RESTRICT;
            case cascade -> ReferentialAction.CASCADE;
            case setNull -> ReferentialAction.SET_NULL;
            case setDefault -> ReferentialAction.SET_DEFAULT;
            case unknown -> throw new ReflectException("SchemaCrawler reported an unknown referential action", null);
        };
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
