package dev.retort.ops;

import dev.retort.model.*;

/** Adds a foreign key. */
public record AddForeignKey(String table, ForeignKey foreignKey) implements MigrationOp {

    @Override
    public MigrationOp reverse() {
        return new DropForeignKey(table, foreignKey.name(), foreignKey);
    }

    @Override
    public String describe() {
        return "add foreign key " + foreignKey.name() + " on " + table + " " + foreignKey.columns() + " -> " + foreignKey.referencedDisplayName() + " " + foreignKey.referencedColumns()
                + Attributes.flag(foreignKey.matchFull(), "match full") + Attributes.deferrable(foreignKey.deferrable());
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
