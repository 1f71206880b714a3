package dev.retort.ops;

import dev.retort.model.*;

/** Drops an index. */
public record DropIndex(String table, String name, Index existing, boolean concurrently) implements MigrationOp {

    @Override
    public MigrationOp reverse() {
        // an index left invalid by a failed build comes back valid: no statement creates an invalid one
        return new CreateIndex(table, Reversal.need(existing, this, "the dropped index's definition is not known")
                .value().withValid(true), concurrently);
    }

    @Override
    public String describe() {
        return "drop index " + name + (existing != null && !existing.valid()
                ? " (invalid: left by a failed concurrent build)" : "");
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
