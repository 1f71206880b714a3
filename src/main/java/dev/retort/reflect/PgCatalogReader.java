package dev.retort.reflect;

import dev.retort.model.SchemaModel;

import java.sql.Connection;
import java.util.Map;

/**
 * The fast reader: six bulk queries against {@code pg_catalog} for the whole schema (tables, columns,
 * constraints, indexes, sequences, enum types), whatever the number of tables. Needs PostgreSQL 11 or
 * later ({@code indnkeyatts}, {@code pg_sequence}). Expressions (defaults, generation expressions, check
 * and partial-index predicates) are kept as PostgreSQL prints them (non-pretty), expression index keys as
 * {@code pg_get_indexdef(index, key, true)} prints them.
 */
public final class PgCatalogReader implements SchemaReader {

    @Override
    public SchemaModel read(Connection connection, ReflectOptions options) {
        String schema = options.schema();
        TableFilter filter = options.tableFilter();
        Map<String, TableParts> tables = PgTableQuery.read(connection, schema, filter);
        PgColumnQuery.read(connection, schema, tables);
        PgConstraintQuery.read(connection, schema, tables);
        PgIndexQuery.read(connection, schema, tables);
        return new SchemaModel(
                tables.values().stream().map(TableParts::toTable).toList(),
                PgSequenceQuery.read(connection, schema, filter),
                PgEnumQuery.read(connection, schema)).sorted();
    }
}
