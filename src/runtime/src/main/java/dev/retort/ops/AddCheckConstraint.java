package dev.retort.ops;

import dev.retort.model.*;

/** Adds a check constraint. */
public record AddCheckConstraint(String table, CheckConstraint constraint) implements MigrationOp {

    @Override
    public MigrationOp reverse() {
        return new DropCheckConstraint(table, constraint.name(), constraint);
    }

    @Override
    public String describe() {
        return "add check constraint " + constraint.name() + " on " + table + " (" + constraint.expression() + ")";
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
