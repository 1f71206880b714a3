package dev.retort.ops;

/** Thrown by {@link MigrationOp#reverse()} when an operation cannot be undone; it names the operation. */
public final class IrreversibleOperationException extends RuntimeException {
    private final transient MigrationOp operation;

    public IrreversibleOperationException(MigrationOp operation, String reason) {
        super("cannot reverse '" + operation.describe() + "': " + reason);
        this.operation = operation;
    }

    public MigrationOp operation() {
        return operation;
    }
}
