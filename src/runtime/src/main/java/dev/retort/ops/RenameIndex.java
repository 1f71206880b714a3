package dev.retort.ops;

/**
 * Renames an index of {@code table} (not one behind a constraint: that one follows
 * {@link RenameConstraint}). Nothing is rebuilt.
 */
public record RenameIndex(String table, String name, String newName) implements MigrationOp {

    public RenameIndex {
        OpNames.require(table, "table of an index rename");
        OpNames.require(name, "index to rename on " + table);
        OpNames.require(newName, "new name of index " + name + " on " + table);
    }

    @Override
    public MigrationOp reverse() {
        return new RenameIndex(table, newName, name);
    }

    @Override
    public String describe() {
        return "rename index " + name + " on " + table + " to " + newName;
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
