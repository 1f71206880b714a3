package dev.retort.ops;

import dev.retort.model.*;

/** Sets or removes ({@code to == null}) a column comment. */
public record SetColumnComment(String table, String column, String from, String to, boolean fromKnown) implements MigrationOp {

    @Override
    public MigrationOp reverse() {
        return Reversal.require(fromKnown, this, "the previous comment is not known").then(() -> new SetColumnComment(table, column, to, from, true));
    }

    @Override
    public String describe() {
        return "set comment on column " + table + "." + column;
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
