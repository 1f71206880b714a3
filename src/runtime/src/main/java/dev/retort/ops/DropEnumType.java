package dev.retort.ops;

import dev.retort.model.*;

/** Drops a named enum type. */
public record DropEnumType(String name, EnumType existing) implements MigrationOp {

    @Override
    public MigrationOp reverse() {
        return new CreateEnumType(Reversal.need(existing, this, "the dropped enum's values are not known").value());
    }

    @Override
    public String describe() {
        return "drop enum type " + name;
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
