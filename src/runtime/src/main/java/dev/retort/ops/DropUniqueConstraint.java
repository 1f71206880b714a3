package dev.retort.ops;

import dev.retort.model.*;

/** Drops a unique constraint. */
public record DropUniqueConstraint(String table, String name, UniqueConstraint existing) implements MigrationOp {

    @Override
    public MigrationOp reverse() {
        return new AddUniqueConstraint(table, Reversal.need(existing, this, "the dropped constraint's columns are not known").value());
    }

    @Override
    public String describe() {
        return "drop unique constraint " + name + " on " + table;
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
