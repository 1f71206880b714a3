package dev.retort.ops;

import dev.retort.model.*;

/** Drops a foreign key. */
public record DropForeignKey(String table, String name, ForeignKey existing) implements MigrationOp {

    @Override
    public MigrationOp reverse() {
        return new AddForeignKey(table, Reversal.need(existing, this, "the dropped foreign key's definition is not known").value());
    }

    @Override
    public String describe() {
        return "drop foreign key " + name + " on " + table;
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
