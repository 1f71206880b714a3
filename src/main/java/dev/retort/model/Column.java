package dev.retort.model;

import java.util.Objects;

/**
 * A table column.
 *
 * @param name                name as in the database
 * @param type                canonical type
 * @param nullable            whether NULL is allowed
 * @param defaultExpression   server default as a normalized SQL expression, or null
 * @param identity            identity definition, or null
 * @param generatedExpression expression of a stored generated (computed) column, or null
 * @param comment             column comment, or null
 * @param ownedSequence       the sequence this column owns ({@code OWNED BY}, as {@code serial} and
 *                            {@code bigserial} make one: PostgreSQL drops it with the column), or null; its
 *                            default, typically {@code nextval('t_c_seq'::regclass)}, is in
 *                            {@code defaultExpression} as the database has it
 */
public record Column(String name, SqlType type, boolean nullable, String defaultExpression,
                     Identity identity, String generatedExpression, String comment, Sequence ownedSequence) {

    public Column {
        Names.require(name, "column");
        Objects.requireNonNull(type, () -> "type of column " + name);
    }

    public Column(String name, SqlType type, boolean nullable, String defaultExpression,
                  Identity identity, String generatedExpression, String comment) {
        this(name, type, nullable, defaultExpression, identity, generatedExpression, comment, null);
    }

    /** The same column owning {@code sequence} (null: none). */
    public Column withOwnedSequence(Sequence sequence) {
        return new Column(name, type, nullable, defaultExpression, identity, generatedExpression, comment, sequence);
    }

    public static Column of(String name, SqlType type) {
        return new Column(name, type, true, null, null, null, null);
    }

    public Column withName(String newName) {
        return new Column(newName, type, nullable, defaultExpression, identity, generatedExpression, comment, ownedSequence);
    }

    public Column withType(SqlType newType) {
        return new Column(name, newType, nullable, defaultExpression, identity, generatedExpression, comment, ownedSequence);
    }

    public Column withNullable(boolean newNullable) {
        return new Column(name, type, newNullable, defaultExpression, identity, generatedExpression, comment, ownedSequence);
    }

    public Column withDefault(String expression) {
        return new Column(name, type, nullable, expression, identity, generatedExpression, comment, ownedSequence);
    }

    public Column withIdentity(Identity newIdentity) {
        return new Column(name, type, nullable, defaultExpression, newIdentity, generatedExpression, comment, ownedSequence);
    }

    public Column withGenerated(String expression) {
        return new Column(name, type, nullable, defaultExpression, identity, expression, comment, ownedSequence);
    }

    public Column withComment(String newComment) {
        return new Column(name, type, nullable, defaultExpression, identity, generatedExpression, newComment, ownedSequence);
    }
}
