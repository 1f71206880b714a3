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
 */
public record Column(String name, SqlType type, boolean nullable, String defaultExpression,
                     Identity identity, String generatedExpression, String comment) {

    public Column {
        Names.require(name, "column");
        Objects.requireNonNull(type, () -> "type of column " + name);
    }

    public static Column of(String name, SqlType type) {
        return new Column(name, type, true, null, null, null, null);
    }

    public Column withName(String newName) {
        return new Column(newName, type, nullable, defaultExpression, identity, generatedExpression, comment);
    }

    public Column withType(SqlType newType) {
        return new Column(name, newType, nullable, defaultExpression, identity, generatedExpression, comment);
    }

    public Column withNullable(boolean newNullable) {
        return new Column(name, type, newNullable, defaultExpression, identity, generatedExpression, comment);
    }

    public Column withDefault(String expression) {
        return new Column(name, type, nullable, expression, identity, generatedExpression, comment);
    }

    public Column withIdentity(Identity newIdentity) {
        return new Column(name, type, nullable, defaultExpression, newIdentity, generatedExpression, comment);
    }

    public Column withGenerated(String expression) {
        return new Column(name, type, nullable, defaultExpression, identity, expression, comment);
    }

    public Column withComment(String newComment) {
        return new Column(name, type, nullable, defaultExpression, identity, generatedExpression, newComment);
    }
}
