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
        return "add column " + table + "." + column.name() + " " + column.type().describe();
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
