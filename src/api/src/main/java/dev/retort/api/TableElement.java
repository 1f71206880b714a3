package dev.retort.api;

/** Something that goes into {@link Operations#createTable(String, TableElement...)}. */
public sealed interface TableElement permits ColumnDef, TableConstraintDef, ForeignKeyDef, IndexDef {
}
