package dev.retort.ops;

import dev.retort.model.*;

import java.util.Objects;

/**
 * Changes a column's type, or its collation, or both. {@code from} is null when unknown; {@code using} is an
 * optional conversion expression. {@code fromCollation} and {@code toCollation} are the column's collation
 * before and after (null: the type's default): PostgreSQL gives the column the new type's default collation
 * unless the statement names one, so a collated column keeps its collation only when both are stated.
 */
public record AlterColumnType(String table, String column, SqlType from, SqlType to, String using,
                              String fromCollation, String toCollation) implements MigrationOp {

    public AlterColumnType {
        Objects.requireNonNull(to, "new type");
    }

    /** A type change of a column with its type's default collation. */
    public AlterColumnType(String table, String column, SqlType from, SqlType to, String using) {
        this(table, column, from, to, using, null, null);
    }

    @Override
    public MigrationOp reverse() {
        return new AlterColumnType(table, column, to, Reversal.need(from, this, "the previous type is not known").value(),
                null, toCollation, fromCollation);
    }

    /** Whether the collation changes. */
    public boolean collationChanges() {
        return !Objects.equals(fromCollation, toCollation);
    }

    @Override
    public String describe() {
        String type = "alter column " + table + "." + column + " type " + (from == null ? "" : from.describe() + " -> ")
                + to.describe();
        if (!collationChanges()) {
            return fromCollation == null ? type : type + " (collation " + fromCollation + " kept)";
        }
        return type + ", collation " + collationName(fromCollation) + " -> " + collationName(toCollation);
    }

    private static String collationName(String collation) {
        return collation == null ? "default" : collation;
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
