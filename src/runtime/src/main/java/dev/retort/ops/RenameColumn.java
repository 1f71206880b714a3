package dev.retort.ops;

import dev.retort.model.*;

/** Renames a column. */
public record RenameColumn(String table, String column, String newName) implements MigrationOp {

    @Override
    public MigrationOp reverse() {
        return new RenameColumn(table, newName, column);
    }

    @Override
    public String describe() {
        return "rename column " + table + "." + column + " to " + newName;
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
