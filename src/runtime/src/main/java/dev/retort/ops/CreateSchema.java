package dev.retort.ops;

/** Creates a schema the entities use and the database lacks. Its reverse drops it, and fails if it holds objects. */
public record CreateSchema(String name) implements MigrationOp {

    public CreateSchema {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("schema name is missing");
        }
    }

    @Override
    public MigrationOp reverse() {
        return new DropSchema(name);
    }

    @Override
    public String describe() {
        return "create schema " + name;
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
