package dev.retort.runtime.exec;

/** Checks of migration-API arguments, failing with messages that name the call and the object. */
final class Args {
    private Args() {
    }

    /** Fails when {@code value} is null or blank: {@code dropColumn(orders, ?): column name is missing}. */
    static String name(String value, String call, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(call + ": " + what + " name is missing");
        }
        return value;
    }

    static <T> T present(T value, String call, String what) {
        if (value == null) {
            throw new IllegalArgumentException(call + ": " + what + " is missing");
        }
        return value;
    }

    static String text(String value, String call, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(call + ": " + what + " is missing");
        }
        return value;
    }

    /** {@code addColumn(orders)}: the call as it reads in messages. */
    static String call(String method, String... names) {
        return method + "(" + String.join(", ", java.util.Arrays.stream(names)
                .map(n -> n == null || n.isBlank() ? "?" : n).toList()) + ")";
    }
}
