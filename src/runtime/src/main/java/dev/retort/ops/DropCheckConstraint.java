package dev.retort.ops;

import dev.retort.model.*;

/** Drops a check constraint. */
public record DropCheckConstraint(String table, String name, CheckConstraint existing) implements MigrationOp {

    @Override
    public MigrationOp reverse() {
        return new AddCheckConstraint(table, Reversal.need(existing, this, "the dropped check's expression is not known").value()
                .asPrinted());
    }

    @Override
    public String describe() {
        return "drop check constraint " + name + " on " + table;
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
