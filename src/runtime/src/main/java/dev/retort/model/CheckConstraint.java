package dev.retort.model;

import java.util.Objects;

/**
 * A check constraint; {@code expression} is the normalized boolean expression without the CHECK keyword.
 *
 * @param definition the expression exactly as the database printed it ({@code pg_get_constraintdef} without
 *                   {@code CHECK}), before normalization, or null when the check does not come from a database.
 *                   A downgrade that re-adds a dropped check uses it, so the database gets back the definition
 *                   it had, not an equivalent one; comparisons use {@code expression}.
 */
public record CheckConstraint(String name, String expression, String definition) {
    public CheckConstraint {
        Names.require(name, "check constraint");
        Objects.requireNonNull(expression, () -> "expression of check constraint " + name);
    }

    /** The same check under another name. */
    public CheckConstraint withName(String newName) {
        return new CheckConstraint(newName, expression, definition);
    }

    public CheckConstraint(String name, String expression) {
        this(name, expression, null);
    }

    /** The same check with another (normalized) expression; the printed definition stays. */
    public CheckConstraint withExpression(String newExpression) {
        return new CheckConstraint(name, newExpression, definition);
    }

    /** The check to add back when re-creating it as the database had it: its printed definition, when known. */
    public CheckConstraint asPrinted() {
        return definition == null ? this : new CheckConstraint(name, definition, definition);
    }
}
