package dev.retort.ops;

import java.util.function.Function;
import java.util.function.Supplier;

/** Small helpers for {@link MigrationOp#reverse()}: they fail with an {@link IrreversibleOperationException}. */
final class Reversal {
    private Reversal() {
    }

    record Known<T>(T value) {
        <R> R let(Function<T, R> f) {
            return f.apply(value);
        }
    }

    record Allowed() {
        MigrationOp then(Supplier<MigrationOp> s) {
            return s.get();
        }
    }

    static <T> Known<T> need(T value, MigrationOp op, String why) {
        if (value == null) {
            throw new IrreversibleOperationException(op, why);
        }
        return new Known<>(value);
    }

    static Allowed require(boolean condition, MigrationOp op, String why) {
        if (!condition) {
            throw new IrreversibleOperationException(op, why);
        }
        return new Allowed();
    }

    static MigrationOp impossible(MigrationOp op, String why) {
        throw new IrreversibleOperationException(op, why);
    }
}
