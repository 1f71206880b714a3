package dev.retort.ops;

/** Checks of the names an operation is built with. */
final class OpNames {
    private OpNames() {
    }

    static void require(String name, String what) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("missing name: " + what);
        }
    }
}
