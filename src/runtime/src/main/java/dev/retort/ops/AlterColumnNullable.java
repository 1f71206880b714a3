package dev.retort.ops;

import dev.retort.model.*;

/** Adds or drops NOT NULL. */
public record AlterColumnNullable(String table, String column, boolean nullable) implements MigrationOp {

    @Override
    public MigrationOp reverse() {
        return new AlterColumnNullable(table, column, !nullable);
    }

    @Override
    public String describe() {
        return "alter column " + table + "." + column + (nullable ? " drop not null" : " set not null");
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
