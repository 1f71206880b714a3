package dev.retort.ops;

import dev.retort.model.Cast;

/** Drops the cast from {@code source} to {@code target}; {@code existing} (when known) lets the reverse create it again. */
public record DropCast(String source, String target, Cast existing) implements MigrationOp {

    public DropCast {
        java.util.Objects.requireNonNull(source, "source");
        java.util.Objects.requireNonNull(target, "target");
    }

    @Override
    public MigrationOp reverse() {
        return new CreateCast(Reversal.need(existing, this, "the dropped cast's method and context are not known").value());
    }

    @Override
    public String describe() {
        return "drop cast (" + source + " as " + target + ")";
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
