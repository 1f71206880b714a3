package dev.retort.ops;

import dev.retort.model.*;

/** Changes a sequence's start or increment. */
public record AlterSequence(String name, Sequence from, Sequence to) implements MigrationOp {

    @Override
    public MigrationOp reverse() {
        return new AlterSequence(name, to, Reversal.need(from, this, "the previous sequence settings are not known").value());
    }

    @Override
    public String describe() {
        return "alter sequence " + name;
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
