package dev.retort.ops;

import dev.retort.model.*;

/** Sets or removes ({@code to == null}) a table comment. */
public record SetTableComment(String table, String from, String to, boolean fromKnown) implements MigrationOp {

    @Override
    public MigrationOp reverse() {
        return Reversal.require(fromKnown, this, "the previous comment is not known").then(() -> new SetTableComment(table, to, from, true));
    }

    @Override
    public String describe() {
        return "set comment on table " + table;
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
