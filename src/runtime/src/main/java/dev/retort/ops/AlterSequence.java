package dev.retort.ops;

import dev.retort.model.*;

/** Changes a sequence's start or increment. */
public record AlterSequence(String name, Sequence from, Sequence to) implements MigrationOp {

    @Override
    public MigrationOp reverse() {
        return new AlterSequence(name, to, Reversal.need(from, this, "the previous sequence settings are not known").value());
    }

    /** {@code alter sequence order_seq: start 1050 -> 1, increment 1 -> 50}, naming only what changes. */
    @Override
    public String describe() {
        if (from == null) {
            return "alter sequence " + name + ": start " + to.start() + ", increment " + to.increment();
        }
        java.util.List<String> changes = new java.util.ArrayList<>();
        if (from.start() != to.start()) {
            changes.add("start " + from.start() + " -> " + to.start());
        }
        if (from.increment() != to.increment()) {
            changes.add("increment " + from.increment() + " -> " + to.increment());
        }
        return "alter sequence " + name + (changes.isEmpty() ? "" : ": " + String.join(", ", changes));
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
