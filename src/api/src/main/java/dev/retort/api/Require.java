package dev.retort.api;

import java.util.List;

/** Argument checks shared by the API's values; each message names the object and what is wrong. */
final class Require {
    private Require() {
    }

    /** {@code name}, or a failure saying {@code "<what> name is missing"}. */
    static String name(String name, String what) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(what + " name is missing");
        }
        return name;
    }

    /** The columns, copied, or a failure saying {@code "<what> <name> has no columns"}. */
    static List<String> columns(List<String> columns, String what, String name) {
        if (columns == null || columns.isEmpty()) {
            throw new IllegalArgumentException(what + " " + name + " has no columns");
        }
        for (String column : columns) {
            if (column == null || column.isBlank()) {
                throw new IllegalArgumentException(what + " " + name + " has a blank or null column in " + columns);
            }
        }
        return List.copyOf(columns);
    }

    /** Null, or a value that is not blank: a blank value is a mistake, never "the default". */
    static String notBlank(String value, String what) {
        if (value != null && value.isBlank()) {
            throw new IllegalArgumentException(what + " is blank");
        }
        return value;
    }

    /** A copy of a list that may be null (empty then). */
    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
