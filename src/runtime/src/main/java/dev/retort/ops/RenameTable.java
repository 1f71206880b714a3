package dev.retort.ops;

import dev.retort.model.*;

/** Renames a table. */
public record RenameTable(String table, String newName) implements MigrationOp {

    @Override
    public MigrationOp reverse() {
        return new RenameTable(newName, table);
    }

    @Override
    public String describe() {
        return "rename table " + table + " to " + newName;
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
