package dev.retort.api;

import java.util.List;

/**
 * A foreign key under construction: {@code foreignKey("fk_orders_customer", "customer_id")
 * .references("customers", "id").onDelete(CASCADE)}, {@code ... .matchFull().deferrable().initiallyDeferred()}.
 * The referenced table is in the project's own schema, or, with {@link #referencesInSchema}, in the schema named.
 * A foreign key without {@link #references} cannot be added: Retort fails naming it.
 *
 * @param referencedTable  null until {@link #references} names it
 * @param referencedSchema null for a table of the project's own schema
 * @param deferrability    when it is checked
 * @param fullMatch        {@code MATCH FULL}
 */
public record ForeignKeyDef(String name, List<String> columns, String referencedTable,
                            List<String> referencedColumns, ReferentialAction onDelete,
                            ReferentialAction onUpdate, String referencedSchema, Deferrable deferrability,
                            boolean fullMatch) implements TableElement {

    public ForeignKeyDef(String name, List<String> columns, String referencedTable, List<String> referencedColumns,
                         ReferentialAction onDelete, ReferentialAction onUpdate) {
        this(name, columns, referencedTable, referencedColumns, onDelete, onUpdate, null);
    }

    public ForeignKeyDef(String name, List<String> columns, String referencedTable, List<String> referencedColumns,
                         ReferentialAction onDelete, ReferentialAction onUpdate, String referencedSchema) {
        this(name, columns, referencedTable, referencedColumns, onDelete, onUpdate, referencedSchema,
                Deferrable.NOT_DEFERRABLE, false);
    }

    public ForeignKeyDef {
        Require.name(name, "foreign key");
        columns = Require.columns(columns, "foreign key", name);
        referencedColumns = Require.copy(referencedColumns);
        if (referencedTable != null) {
            Require.name(referencedTable, "referenced table of foreign key " + name + ":");
            if (referencedColumns.isEmpty()) {
                throw new IllegalArgumentException("foreign key " + name + " references table " + referencedTable
                        + " but none of its columns");
            }
            if (columns.size() != referencedColumns.size()) {
                throw new IllegalArgumentException("foreign key " + name + " has " + columns.size()
                        + " columns but references " + referencedColumns.size());
            }
        }
        referencedSchema = Require.notBlank(referencedSchema, "the schema of the table foreign key " + name
                + " references");
        onDelete = onDelete == null ? ReferentialAction.NO_ACTION : onDelete;
        onUpdate = onUpdate == null ? ReferentialAction.NO_ACTION : onUpdate;
        deferrability = deferrability == null ? Deferrable.NOT_DEFERRABLE : deferrability;
    }

    /** References {@code columns} of {@code table} in the project's own schema. */
    public ForeignKeyDef references(String table, String... columns) {
        return new ForeignKeyDef(name, this.columns, table, List.of(columns), onDelete, onUpdate, null, deferrability,
                fullMatch);
    }

    /**
     * References {@code columns} of {@code table} in {@code schema}:
     * {@code foreignKey("fk_line_report", "report_id").referencesInSchema("reporting", "report", "id")}.
     */
    public ForeignKeyDef referencesInSchema(String schema, String table, String... columns) {
        if (schema == null || schema.isBlank()) {
            throw new IllegalArgumentException("foreign key " + name + ": referencesInSchema needs a schema name");
        }
        return new ForeignKeyDef(name, this.columns, table, List.of(columns), onDelete, onUpdate, schema,
                deferrability, fullMatch);
    }

    public ForeignKeyDef onDelete(ReferentialAction action) {
        return new ForeignKeyDef(name, columns, referencedTable, referencedColumns, action, onUpdate, referencedSchema,
                deferrability, fullMatch);
    }

    public ForeignKeyDef onUpdate(ReferentialAction action) {
        return new ForeignKeyDef(name, columns, referencedTable, referencedColumns, onDelete, action, referencedSchema,
                deferrability, fullMatch);
    }

    /** {@code MATCH FULL}: the key columns are all NULL or all set; one NULL no longer exempts a row. */
    public ForeignKeyDef matchFull() {
        return new ForeignKeyDef(name, columns, referencedTable, referencedColumns, onDelete, onUpdate, referencedSchema,
                deferrability, true);
    }

    /** {@code DEFERRABLE}: checked at the end of each statement unless {@code SET CONSTRAINTS ... DEFERRED}. */
    public ForeignKeyDef deferrable() {
        return new ForeignKeyDef(name, columns, referencedTable, referencedColumns, onDelete, onUpdate, referencedSchema,
                Deferrable.INITIALLY_IMMEDIATE, fullMatch);
    }

    /** {@code DEFERRABLE INITIALLY DEFERRED}: checked at commit. */
    public ForeignKeyDef initiallyDeferred() {
        return new ForeignKeyDef(name, columns, referencedTable, referencedColumns, onDelete, onUpdate, referencedSchema,
                Deferrable.INITIALLY_DEFERRED, fullMatch);
    }
}
