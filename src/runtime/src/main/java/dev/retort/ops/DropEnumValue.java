package dev.retort.ops;

import dev.retort.model.*;

/** Removes a value from an enum type. {@code before}/{@code after} record its position so that the reverse puts it back. The dialect rebuilds the type, since PostgreSQL has no DROP VALUE. */
public record DropEnumValue(String type, String value, String before, String after) implements MigrationOp {

    @Override
    public MigrationOp reverse() {
        return new AddEnumValue(type, value, before, after);
    }

    @Override
    public String describe() {
        return "drop value '" + value + "' from enum type " + type;
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
