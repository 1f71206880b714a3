package dev.retort.ops;

import dev.retort.model.*;

/** Runs Java code against the JDBC connection of the migration, for data migrations. It has no SQL form, so it cannot run offline. */
public record RunJdbc(String description, JdbcWork work) implements MigrationOp {

    @Override
    public MigrationOp reverse() {
        return Reversal.impossible(this, "JDBC work has no automatic inverse; write the downgrade by hand");
    }

    @Override
    public String describe() {
        return "run " + description;
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
