package dev.retort.ops;

import dev.retort.model.*;

/** Creates a named enum type. */
public record CreateEnumType(EnumType enumType) implements MigrationOp {

    @Override
    public MigrationOp reverse() {
        return new DropEnumType(enumType.name(), enumType);
    }

    @Override
    public String describe() {
        return "create enum type " + enumType.name() + " " + enumType.values();
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
