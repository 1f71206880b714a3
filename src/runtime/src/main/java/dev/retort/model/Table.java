package dev.retort.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * A table and everything that belongs to it. Lists keep a meaningful order for columns (declaration
 * order); for constraints and indexes the order carries no meaning and {@link #sorted()} puts them
 * in name order.
 *
 * @param primaryKey null when the table has none
 * @param comment    null when the table has none
 * @param schema     the schema the table lives in; null for the project's own schema (the {@code schema}
 *                   setting), which generated code and DDL leave unqualified
 */
public record Table(String name, List<Column> columns, PrimaryKey primaryKey, List<UniqueConstraint> uniques,
                    List<CheckConstraint> checks, List<ForeignKey> foreignKeys, List<Index> indexes,
                    String comment, String schema) {

    /** A table of the project's own schema (the {@code schema} setting). */
    public Table(String name, List<Column> columns, PrimaryKey primaryKey, List<UniqueConstraint> uniques,
                 List<CheckConstraint> checks, List<ForeignKey> foreignKeys, List<Index> indexes, String comment) {
        this(name, columns, primaryKey, uniques, checks, foreignKeys, indexes, comment, null);
    }

    public Table {
        Names.require(name, "table");
        schema = Names.schema(schema, "table " + name);
        columns = Names.copy(columns);
        uniques = Names.copy(uniques);
        checks = Names.copy(checks);
        foreignKeys = Names.copy(foreignKeys);
        indexes = Names.copy(indexes);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Column c : columns) {
            if (!seen.add(c.name())) {
                throw new IllegalArgumentException("table " + name + " has two columns named " + c.name());
            }
        }
    }

    public static Table of(String name, List<Column> columns) {
        return new Table(name, columns, null, List.of(), List.of(), List.of(), List.of(), null);
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    public Optional<Index> index(String indexName) {
        return indexes.stream().filter(i -> i.name().equals(indexName)).findFirst();
    }

    public Optional<ForeignKey> foreignKey(String fkName) {
        return foreignKeys.stream().filter(f -> f.name().equals(fkName)).findFirst();
    }

    public Table withName(String newName) {
        return new Table(newName, columns, primaryKey, uniques, checks, foreignKeys, indexes, comment, schema);
    }

    public Table withColumns(List<Column> newColumns) {
        return new Table(name, newColumns, primaryKey, uniques, checks, foreignKeys, indexes, comment, schema);
    }

    public Table withColumn(String columnName, UnaryOperator<Column> change) {
        List<Column> out = new ArrayList<>();
        for (Column c : columns) {
            out.add(c.name().equals(columnName) ? change.apply(c) : c);
        }
        return withColumns(out);
    }

    public Table withPrimaryKey(PrimaryKey newPrimaryKey) {
        return new Table(name, columns, newPrimaryKey, uniques, checks, foreignKeys, indexes, comment, schema);
    }

    public Table withUniques(List<UniqueConstraint> newUniques) {
        return new Table(name, columns, primaryKey, newUniques, checks, foreignKeys, indexes, comment, schema);
    }

    public Table withChecks(List<CheckConstraint> newChecks) {
        return new Table(name, columns, primaryKey, uniques, newChecks, foreignKeys, indexes, comment, schema);
    }

    public Table withForeignKeys(List<ForeignKey> newForeignKeys) {
        return new Table(name, columns, primaryKey, uniques, checks, newForeignKeys, indexes, comment, schema);
    }

    public Table withIndexes(List<Index> newIndexes) {
        return new Table(name, columns, primaryKey, uniques, checks, foreignKeys, newIndexes, comment, schema);
    }

    public Table withComment(String newComment) {
        return new Table(name, columns, primaryKey, uniques, checks, foreignKeys, indexes, newComment, schema);
    }

    /** The same table with constraints and indexes in name order; columns keep their order. */
    public Table sorted() {
        return new Table(name, columns, primaryKey,
                uniques.stream().sorted(java.util.Comparator.comparing(UniqueConstraint::name)).toList(),
                checks.stream().sorted(java.util.Comparator.comparing(CheckConstraint::name)).toList(),
                foreignKeys.stream().sorted(java.util.Comparator.comparing(ForeignKey::name)).toList(),
                indexes.stream().sorted(java.util.Comparator.comparing(Index::name)).toList(),
                comment, schema);
    }

    /** The same table in another schema (null: the project's own). */
    public Table withSchema(String newSchema) {
        return new Table(name, columns, primaryKey, uniques, checks, foreignKeys, indexes, comment, newSchema);
    }

    /** {@code schema.name}, or the bare name in the project's schema: for messages, never for SQL. */
    public String displayName() {
        return Names.display(schema, name);
    }
}
