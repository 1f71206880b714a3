package dev.retort.model;

import java.util.List;
import java.util.Objects;

/**
 * A primary key. {@code name} may be null when the database is left to name it.
 *
 * @param deferrable when it is checked ({@code DEFERRABLE [INITIALLY DEFERRED]})
 */
public record PrimaryKey(String name, List<String> columns, Deferrable deferrable) {
    public PrimaryKey {
        columns = Names.requireColumns(columns, "primary key", name);
        deferrable = Objects.requireNonNullElse(deferrable, Deferrable.NOT_DEFERRABLE);
    }

    /** A primary key that is not deferrable. */
    public PrimaryKey(String name, List<String> columns) {
        this(name, columns, Deferrable.NOT_DEFERRABLE);
    }

    /** The same key under another name. */
    public PrimaryKey withName(String newName) {
        return new PrimaryKey(newName, columns, deferrable);
    }

    /** The same key on other columns (a column rename). */
    public PrimaryKey withColumns(List<String> newColumns) {
        return new PrimaryKey(name, newColumns, deferrable);
    }

    public PrimaryKey withDeferrable(Deferrable newDeferrable) {
        return new PrimaryKey(name, columns, newDeferrable);
    }
}
