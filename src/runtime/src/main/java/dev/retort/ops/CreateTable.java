package dev.retort.ops;

import dev.retort.model.*;

/** Creates a table with its columns, primary key, unique and check constraints, comments, and any indexes and foreign keys the record holds. */
public record CreateTable(Table definition) implements MigrationOp {

    @Override
    public MigrationOp reverse() {
        return new DropTable(definition.name(), definition);
    }

    @Override
    public String describe() {
        return "create table " + definition.name();
    }

    @Override
    public String table() {
        return definition.name();
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
