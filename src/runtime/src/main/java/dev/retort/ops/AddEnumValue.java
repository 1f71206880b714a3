package dev.retort.ops;

import dev.retort.model.*;

/** Adds a value to an enum type, optionally BEFORE or AFTER an existing value. */
public record AddEnumValue(String type, String value, String before, String after) implements MigrationOp {

    @Override
    public MigrationOp reverse() {
        return new DropEnumValue(type, value, before, after);
    }

    @Override
    public String describe() {
        return "add value '" + value + "' to enum type " + type;
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
