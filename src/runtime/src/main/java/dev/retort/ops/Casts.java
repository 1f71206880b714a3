package dev.retort.ops;

import dev.retort.model.Cast;

/** How a cast converts and where it applies, in words, for descriptions. */
final class Casts {
    private Casts() {
    }

    /** {@code with inout as implicit}, {@code with function f(varchar)}, ... */
    static String clause(Cast c) {
        String method = switch (c.method()) {
            case INOUT -> "with inout";
            case BINARY -> "without function";
            case FUNCTION -> "with function " + c.function();
        };
        return switch (c.context()) {
            case IMPLICIT -> method + " as implicit";
            case ASSIGNMENT -> method + " as assignment";
            case EXPLICIT -> method;
        };
    }
}
