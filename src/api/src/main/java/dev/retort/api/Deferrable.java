package dev.retort.api;

/**
 * When a primary key, unique constraint or foreign key is checked. Migrations state it with
 * {@code .deferrable()} and {@code .initiallyDeferred()} on the definition rather than by name.
 */
public enum Deferrable {
    /** After each statement (the default). */
    NOT_DEFERRABLE,
    /** {@code DEFERRABLE}: at the end of each statement unless {@code SET CONSTRAINTS ... DEFERRED}. */
    INITIALLY_IMMEDIATE,
    /** {@code DEFERRABLE INITIALLY DEFERRED}: at commit. */
    INITIALLY_DEFERRED
}
