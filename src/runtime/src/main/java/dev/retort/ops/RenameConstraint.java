package dev.retort.ops;

/**
 * Renames a constraint of a table: a primary key, unique constraint, foreign key or check. On PostgreSQL the
 * index behind a primary key or unique constraint takes the new name too. Nothing is rebuilt or validated.
 */
public record RenameConstraint(String table, String name, String newName) implements MigrationOp {

    public RenameConstraint {
        OpNames.require(table, "table of a constraint rename");
        OpNames.require(name, "constraint to rename on " + table);
        OpNames.require(newName, "new name of constraint " + name + " on " + table);
    }

    @Override
    public MigrationOp reverse() {
        return new RenameConstraint(table, newName, name);
    }

    @Override
    public String describe() {
        return "rename constraint " + name + " on " + table + " to " + newName;
    }

    @Override
    public String table() {
        return table;
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
