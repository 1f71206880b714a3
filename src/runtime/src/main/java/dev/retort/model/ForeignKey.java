package dev.retort.model;

import java.util.List;
import java.util.Objects;

/**
 * A foreign key from {@code columns} of the owning table to {@code referencedColumns} of
 * {@code referencedTable}.
 *
 * @param referencedSchema the schema of the referenced table; null for the project's own schema
 * @param deferrable       when it is checked ({@code DEFERRABLE [INITIALLY DEFERRED]})
 * @param matchFull        {@code MATCH FULL}: a row whose key columns are all NULL or all set; with the default
 *                         {@code MATCH SIMPLE}, one NULL column exempts the row from the check
 */
public record ForeignKey(String name, List<String> columns, String referencedTable, List<String> referencedColumns,
                         ReferentialAction onDelete, ReferentialAction onUpdate, String referencedSchema,
                         Deferrable deferrable, boolean matchFull) {

    /** A foreign key to a table of the project's own schema, not deferrable, {@code MATCH SIMPLE}. */
    public ForeignKey(String name, List<String> columns, String referencedTable, List<String> referencedColumns,
                      ReferentialAction onDelete, ReferentialAction onUpdate) {
        this(name, columns, referencedTable, referencedColumns, onDelete, onUpdate, null);
    }

    /** A foreign key that is not deferrable, {@code MATCH SIMPLE}. */
    public ForeignKey(String name, List<String> columns, String referencedTable, List<String> referencedColumns,
                      ReferentialAction onDelete, ReferentialAction onUpdate, String referencedSchema) {
        this(name, columns, referencedTable, referencedColumns, onDelete, onUpdate, referencedSchema,
                Deferrable.NOT_DEFERRABLE, false);
    }

    /** A foreign key to a table of the project's own schema. */
    public ForeignKey(String name, List<String> columns, String referencedTable, List<String> referencedColumns,
                      ReferentialAction onDelete, ReferentialAction onUpdate, Deferrable deferrable, boolean matchFull) {
        this(name, columns, referencedTable, referencedColumns, onDelete, onUpdate, null, deferrable, matchFull);
    }

    public ForeignKey {
        Names.require(name, "foreign key");
        columns = Names.requireColumns(columns, "foreign key", name);
        Names.require(referencedTable, "referenced table of foreign key " + name + ":");
        referencedColumns = Names.requireColumns(referencedColumns, "foreign key", name);
        if (columns.size() != referencedColumns.size()) {
            throw new IllegalArgumentException("foreign key " + name + " has " + columns.size()
                    + " columns but references " + referencedColumns.size());
        }
        onDelete = Objects.requireNonNullElse(onDelete, ReferentialAction.NO_ACTION);
        onUpdate = Objects.requireNonNullElse(onUpdate, ReferentialAction.NO_ACTION);
        referencedSchema = Names.schema(referencedSchema, "referenced table of foreign key " + name);
        deferrable = Objects.requireNonNullElse(deferrable, Deferrable.NOT_DEFERRABLE);
    }

    /** The same foreign key under another name. */
    public ForeignKey withName(String newName) {
        return new ForeignKey(newName, columns, referencedTable, referencedColumns, onDelete, onUpdate, referencedSchema,
                deferrable, matchFull);
    }

    /** The same key with its local columns and its referenced table and columns replaced (a rename). */
    public ForeignKey withColumns(List<String> newColumns, String newReferencedTable, List<String> newReferencedColumns) {
        return new ForeignKey(name, newColumns, newReferencedTable, newReferencedColumns, onDelete, onUpdate,
                referencedSchema, deferrable, matchFull);
    }

    /** The same key referencing a table of another schema (null: the project's own). */
    public ForeignKey withReferencedSchema(String newSchema) {
        return new ForeignKey(name, columns, referencedTable, referencedColumns, onDelete, onUpdate, newSchema,
                deferrable, matchFull);
    }

    public ForeignKey withDeferrable(Deferrable newDeferrable) {
        return new ForeignKey(name, columns, referencedTable, referencedColumns, onDelete, onUpdate, referencedSchema,
                newDeferrable, matchFull);
    }

    public ForeignKey withMatchFull(boolean full) {
        return new ForeignKey(name, columns, referencedTable, referencedColumns, onDelete, onUpdate, referencedSchema,
                deferrable, full);
    }

    /** The referenced table as {@code schema.table}, or its bare name in the project's schema: for messages. */
    public String referencedDisplayName() {
        return Names.display(referencedSchema, referencedTable);
    }
}
