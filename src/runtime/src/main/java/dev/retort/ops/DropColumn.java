package dev.retort.ops;

import dev.retort.model.*;

/** Drops a column. {@code existing} is its definition, or null when unknown. */
public record DropColumn(String table, String column, Column existing) implements MigrationOp {

    @Override
    public MigrationOp reverse() {
        return new AddColumn(table, Reversal.need(existing, this, "the dropped column's definition is not known").value());
    }

    @Override
    public String describe() {
        return "drop column " + table + "." + column;
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
