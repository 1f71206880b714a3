package dev.retort.ops;

import dev.retort.model.*;

/** Drops a primary key by constraint name. */
public record DropPrimaryKey(String table, String name, PrimaryKey existing) implements MigrationOp {

    @Override
    public MigrationOp reverse() {
        return new AddPrimaryKey(table, Reversal.need(existing, this, "the dropped primary key's columns are not known").value());
    }

    @Override
    public String describe() {
        return "drop primary key " + name + " on " + table;
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
