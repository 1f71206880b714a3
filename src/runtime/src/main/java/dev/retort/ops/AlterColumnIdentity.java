package dev.retort.ops;

import dev.retort.model.*;

/** Adds, changes or drops ({@code to == null}) an identity. */
public record AlterColumnIdentity(String table, String column, Identity from, Identity to) implements MigrationOp {

    @Override
    public MigrationOp reverse() {
        return new AlterColumnIdentity(table, column, to, from);
    }

    @Override
    public String describe() {
        return "alter column " + table + "." + column + (to == null ? " drop identity" : from == null ? " add identity" : " set identity");
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
