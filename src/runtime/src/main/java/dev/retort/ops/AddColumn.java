package dev.retort.ops;

import dev.retort.model.*;

/** Adds a column. */
public record AddColumn(String table, Column column) implements MigrationOp {

    @Override
    public MigrationOp reverse() {
        return new DropColumn(table, column.name(), column);
    }

    @Override
    public String describe() {
        return "add column " + table + "." + column.name() + " " + column.type().describe()
                + (column.collation() == null ? "" : " collate \"" + column.collation() + "\"")
                + (column.nullable() ? "" : " not null")
                + (column.defaultExpression() == null ? "" : " default " + column.defaultExpression())
                + (column.identity() == null ? "" : " identity")
                + (column.generatedExpression() == null ? "" : " generated as (" + column.generatedExpression() + ")");
    }

    @Override
    public String table() {
        return table;
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
