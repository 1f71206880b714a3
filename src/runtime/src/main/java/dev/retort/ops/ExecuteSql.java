package dev.retort.ops;

import dev.retort.model.*;

/** Runs raw SQL. {@code reverseSql} is what undoes it, or null. */
public record ExecuteSql(String sql, String reverseSql) implements MigrationOp {

    @Override
    public MigrationOp reverse() {
        return new ExecuteSql(Reversal.need(reverseSql, this, "no reverse SQL was given").value(), sql);
    }

    @Override
    public String describe() {
        return "execute " + (sql.length() > 60 ? sql.substring(0, 57) + "..." : sql);
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
