package dev.retort.ops;

/**
 * Drops an empty schema (never with {@code CASCADE}: a schema that still holds objects makes the drop fail
 * rather than lose them). Its reverse creates it again.
 */
public record DropSchema(String name) implements MigrationOp {

    public DropSchema {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("schema name is missing");
        }
    }

    @Override
    public MigrationOp reverse() {
        return new CreateSchema(name);
    }

    @Override
    public String describe() {
        return "drop schema " + name;
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
