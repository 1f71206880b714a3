package dev.retort.ops;

import dev.retort.model.*;

/** Drops a sequence. */
public record DropSequence(String name, Sequence existing) implements MigrationOp {

    @Override
    public MigrationOp reverse() {
        return new CreateSequence(Reversal.need(existing, this, "the dropped sequence's definition is not known").value());
    }

    @Override
    public String describe() {
        return "drop sequence " + name;
    }

    @Override
    public String table() {
        return null;
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
