package dev.retort.ops;

import dev.retort.model.Cast;

/** Creates a cast, such as the implicit casts between {@code varchar} and a named enum type. */
public record CreateCast(Cast cast) implements MigrationOp {

    public CreateCast {
        java.util.Objects.requireNonNull(cast, "cast");
    }

    @Override
    public MigrationOp reverse() {
        return new DropCast(cast.source(), cast.target(), cast);
    }

    @Override
    public String describe() {
        return "create cast " + cast.pair() + " " + Casts.clause(cast);
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
