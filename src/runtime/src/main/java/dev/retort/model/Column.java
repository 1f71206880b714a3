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
 * @param collation           the column's collation ({@code COLLATE "C"}) when it is not its type's default,
 *                            by name as in {@code pg_collation}; null for the type's default
 * @param definitionConstraints column constraints a {@code columnDefinition} writes after the type, verbatim
 *                            ({@code default 'new' not null}, {@code check (qty > 0)}): only in a scanned
 *                            model, whose DDL passes them to PostgreSQL as Hibernate's does; the canonical form
 *                            is what PostgreSQL made of them. Null otherwise
 */
public record Column(String name, SqlType type, boolean nullable, String defaultExpression,
                     Identity identity, String generatedExpression, String comment, Sequence ownedSequence,
                     String collation, String definitionConstraints) {

    public Column {
        Names.require(name, "column");
        Objects.requireNonNull(type, () -> "type of column " + name);
        if (collation != null && collation.isBlank()) {
            throw new IllegalArgumentException("blank collation of column " + name);
        }
        if (definitionConstraints != null && definitionConstraints.isBlank()) {
            definitionConstraints = null;
        }
    }

    public Column(String name, SqlType type, boolean nullable, String defaultExpression,
                  Identity identity, String generatedExpression, String comment, Sequence ownedSequence,
                  String collation) {
        this(name, type, nullable, defaultExpression, identity, generatedExpression, comment, ownedSequence, collation,
                null);
    }

    /** A column with its type's default collation. */
    public Column(String name, SqlType type, boolean nullable, String defaultExpression,
                  Identity identity, String generatedExpression, String comment, Sequence ownedSequence) {
        this(name, type, nullable, defaultExpression, identity, generatedExpression, comment, ownedSequence, null);
    }

    public Column(String name, SqlType type, boolean nullable, String defaultExpression,
                  Identity identity, String generatedExpression, String comment) {
        this(name, type, nullable, defaultExpression, identity, generatedExpression, comment, null);
    }

    /** The same column owning {@code sequence} (null: none). */
    public Column withOwnedSequence(Sequence sequence) {
        return new Column(name, type, nullable, defaultExpression, identity, generatedExpression, comment, sequence, collation, definitionConstraints);
    }

    /** The same column with another collation (null: the type's default). */
    public Column withCollation(String newCollation) {
        return new Column(name, type, nullable, defaultExpression, identity, generatedExpression, comment, ownedSequence, newCollation, definitionConstraints);
    }

    public static Column of(String name, SqlType type) {
        return new Column(name, type, true, null, null, null, null);
    }

    public Column withName(String newName) {
        return new Column(newName, type, nullable, defaultExpression, identity, generatedExpression, comment, ownedSequence, collation, definitionConstraints);
    }

    public Column withType(SqlType newType) {
        return new Column(name, newType, nullable, defaultExpression, identity, generatedExpression, comment, ownedSequence, collation, definitionConstraints);
    }

    public Column withNullable(boolean newNullable) {
        return new Column(name, type, newNullable, defaultExpression, identity, generatedExpression, comment, ownedSequence, collation, definitionConstraints);
    }

    public Column withDefault(String expression) {
        return new Column(name, type, nullable, expression, identity, generatedExpression, comment, ownedSequence, collation, definitionConstraints);
    }

    public Column withIdentity(Identity newIdentity) {
        return new Column(name, type, nullable, defaultExpression, newIdentity, generatedExpression, comment, ownedSequence, collation, definitionConstraints);
    }

    public Column withGenerated(String expression) {
        return new Column(name, type, nullable, defaultExpression, identity, expression, comment, ownedSequence, collation, definitionConstraints);
    }

    /** The same column with these {@code columnDefinition} constraints (null: none). */
    public Column withDefinitionConstraints(String constraints) {
        return new Column(name, type, nullable, defaultExpression, identity, generatedExpression, comment, ownedSequence,
                collation, constraints);
    }

    public Column withComment(String newComment) {
        return new Column(name, type, nullable, defaultExpression, identity, generatedExpression, newComment, ownedSequence, collation, definitionConstraints);
    }
}
