package dev.retort.ops;

import dev.retort.model.*;

/** Creates an index, optionally CONCURRENTLY (which must run outside a transaction). */
public record CreateIndex(String table, Index index, boolean concurrently) implements MigrationOp {

    @Override
    public MigrationOp reverse() {
        return new DropIndex(table, index.name(), index, concurrently);
    }

    @Override
    public String describe() {
        return "create " + (index.unique() ? "unique " : "") + "index " + index.name() + " on " + table;
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
