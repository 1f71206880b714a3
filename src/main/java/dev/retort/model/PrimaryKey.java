package dev.retort.model;

import java.util.List;

/** A primary key. {@code name} may be null when the database is left to name it. */
public record PrimaryKey(String name, List<String> columns) {
    public PrimaryKey {
        columns = Names.requireColumns(columns, "primary key", name);
    }

    /** The same key under another name. */
    public PrimaryKey withName(String newName) {
        return new PrimaryKey(newName, columns);
    }

    /** The same key on other columns (a column rename). */
    public PrimaryKey withColumns(List<String> newColumns) {
        return new PrimaryKey(name, newColumns);
    }
}
