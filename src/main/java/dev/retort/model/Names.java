package dev.retort.model;

import java.util.List;

/** Argument checks shared by the model records. */
final class Names {
    private Names() {
    }

    static String require(String name, String what) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(what + " name is missing");
        }
        return name;
    }

    static List<String> requireColumns(List<String> columns, String what, String name) {
        if (columns == null || columns.isEmpty()) {
            throw new IllegalArgumentException(what + " " + name + " has no columns");
        }
        return List.copyOf(columns);
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
