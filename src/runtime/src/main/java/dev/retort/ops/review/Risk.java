package dev.retort.ops.review;

import dev.retort.ops.MigrationOp;

import java.util.Objects;

/**
 * One reason to look twice at an operation before running it.
 *
 * @param index  position of {@code op} in the list that was assessed
 * @param op     the risky operation
 * @param kind   what can go wrong
 * @param detail what exactly, naming the objects, e.g. {@code drops column users.phone and its data}
 */
public record Risk(int index, MigrationOp op, RiskKind kind, String detail) {
    public Risk {
        Objects.requireNonNull(op, "op");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
    }

    /** The review line, e.g. {@code WARNING data loss: drops column users.phone and its data}. */
    public String message() {
        return "WARNING " + kind.label() + ": " + detail;
    }
}
