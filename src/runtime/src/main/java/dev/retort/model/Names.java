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

    /** A schema name, or null (the project's own schema); a blank name is a mistake, never "the default". */
    static String schema(String schema, String what) {
        if (schema != null && schema.isBlank()) {
            throw new IllegalArgumentException("the schema of " + what + " is blank");
        }
        return schema;
    }

    /** {@code schema.name} for messages (null schema: the bare name); SQL quotes each part on its own. */
    static String display(String schema, String name) {
        return schema == null ? name : schema + "." + name;
    }
}
