package dev.retort.api;

/**
 * One revision's schema change. Implementations are annotated with {@link Revision}; Retort calls
 * {@link #upgrade(Operations)} to apply it and {@link #downgrade(Operations)} to undo it.
 */
public interface Migration {

    void upgrade(Operations op);

    void downgrade(Operations op);
}
