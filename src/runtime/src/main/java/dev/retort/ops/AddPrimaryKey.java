package dev.retort.ops;

import dev.retort.model.*;

/** Adds a primary key. */
public record AddPrimaryKey(String table, PrimaryKey primaryKey) implements MigrationOp {

    @Override
    public MigrationOp reverse() {
        return new DropPrimaryKey(table, primaryKey.name(), primaryKey);
    }

    @Override
    public String describe() {
        return "add primary key " + (primaryKey.name() == null ? "" : primaryKey.name() + " ") + "on " + table + " " + primaryKey.columns()
                + Attributes.deferrable(primaryKey.deferrable());
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
