package dev.retort.ops;

import dev.retort.model.*;

/** Changes a column's type. {@code from} is null when unknown; {@code using} is an optional conversion expression. */
public record AlterColumnType(String table, String column, SqlType from, SqlType to, String using) implements MigrationOp {

    @Override
    public MigrationOp reverse() {
        return new AlterColumnType(table, column, to, Reversal.need(from, this, "the previous type is not known").value(), null);
    }

    @Override
    public String describe() {
        return "alter column " + table + "." + column + " type " + (from == null ? "" : from.describe() + " -> ") + to.describe();
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
