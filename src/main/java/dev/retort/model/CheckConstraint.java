package dev.retort.model;

import java.util.Objects;

/** A check constraint; {@code expression} is the normalized boolean expression without the CHECK keyword. */
public record CheckConstraint(String name, String expression) {
    public CheckConstraint {
        Names.require(name, "check constraint");
        Objects.requireNonNull(expression, () -> "expression of check constraint " + name);
    }

    /** The same check under another name. */
    public CheckConstraint withName(String newName) {
        return new CheckConstraint(newName, expression);
    }
}
