package dev.retort.model;

import java.util.List;
import java.util.Objects;

/**
 * A unique constraint over one or more columns, in constraint column order.
 *
 * @param deferrable       when it is checked ({@code DEFERRABLE [INITIALLY DEFERRED]})
 * @param nullsNotDistinct {@code UNIQUE NULLS NOT DISTINCT} (PostgreSQL 15+): two rows with NULL in the same
 *                         columns conflict
 */
public record UniqueConstraint(String name, List<String> columns, Deferrable deferrable, boolean nullsNotDistinct) {
    public UniqueConstraint {
        Names.require(name, "unique constraint");
        columns = Names.requireColumns(columns, "unique constraint", name);
        deferrable = Objects.requireNonNullElse(deferrable, Deferrable.NOT_DEFERRABLE);
    }

    /** A plain unique constraint: not deferrable, NULLs distinct. */
    public UniqueConstraint(String name, List<String> columns) {
        this(name, columns, Deferrable.NOT_DEFERRABLE, false);
    }

    /** The same constraint under another name. */
    public UniqueConstraint withName(String newName) {
        return new UniqueConstraint(newName, columns, deferrable, nullsNotDistinct);
    }

    /** The same constraint on other columns (a column rename). */
    public UniqueConstraint withColumns(List<String> newColumns) {
        return new UniqueConstraint(name, newColumns, deferrable, nullsNotDistinct);
    }

    public UniqueConstraint withDeferrable(Deferrable newDeferrable) {
        return new UniqueConstraint(name, columns, newDeferrable, nullsNotDistinct);
    }

    public UniqueConstraint withNullsNotDistinct(boolean notDistinct) {
        return new UniqueConstraint(name, columns, deferrable, notDistinct);
    }
}
