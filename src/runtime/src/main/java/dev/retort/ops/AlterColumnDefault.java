package dev.retort.ops;

import dev.retort.model.*;

/** Sets ({@code to}) or drops ({@code to == null}) a server default. */
public record AlterColumnDefault(String table, String column, String from, String to, boolean fromKnown) implements MigrationOp {

    @Override
    public MigrationOp reverse() {
        return Reversal.require(fromKnown, this, "the previous default is not known").then(() -> new AlterColumnDefault(table, column, to, from, true));
    }

    @Override
    public String describe() {
        return "alter column " + table + "." + column + (to == null ? " drop default" : " set default " + to);
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
