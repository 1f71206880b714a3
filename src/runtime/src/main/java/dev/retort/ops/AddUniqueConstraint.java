package dev.retort.ops;

import dev.retort.model.*;

/** Adds a unique constraint. */
public record AddUniqueConstraint(String table, UniqueConstraint constraint) implements MigrationOp {

    @Override
    public MigrationOp reverse() {
        return new DropUniqueConstraint(table, constraint.name(), constraint);
    }

    @Override
    public String describe() {
        return "add unique constraint " + constraint.name() + " on " + table + " " + constraint.columns()
                + Attributes.flag(constraint.nullsNotDistinct(), "nulls not distinct")
                + Attributes.deferrable(constraint.deferrable());
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
