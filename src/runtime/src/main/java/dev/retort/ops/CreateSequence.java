package dev.retort.ops;

import dev.retort.model.*;

/** Creates a sequence. */
public record CreateSequence(Sequence sequence) implements MigrationOp {

    @Override
    public MigrationOp reverse() {
        return new DropSequence(sequence.name(), sequence);
    }

    @Override
    public String describe() {
        return "create sequence " + sequence.name();
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
