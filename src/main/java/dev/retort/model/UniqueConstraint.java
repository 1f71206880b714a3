package dev.retort.model;

import java.util.List;

/** A unique constraint over one or more columns, in constraint column order. */
public record UniqueConstraint(String name, List<String> columns) {
    public UniqueConstraint {
        Names.require(name, "unique constraint");
        columns = Names.requireColumns(columns, "unique constraint", name);
    }

    /** The same constraint under another name. */
    public UniqueConstraint withName(String newName) {
        return new UniqueConstraint(newName, columns);
    }

    /** The same constraint on other columns (a column rename). */
    public UniqueConstraint withColumns(List<String> newColumns) {
        return new UniqueConstraint(name, newColumns);
    }
}
