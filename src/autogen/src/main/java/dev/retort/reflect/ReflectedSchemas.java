package dev.retort.reflect;

import dev.retort.dialect.postgres.PgIdentifiers;
import dev.retort.errors.ErrorKind;
import dev.retort.errors.RetortException;
import dev.retort.model.SchemaModel;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Reads the project's schema and each of {@link ReflectOptions#otherSchemas()} that exists, one schema at a time
 * with the same reader, into one model: objects of the project's schema have no schema name, objects of the others
 * carry theirs, and so do foreign keys that reference a table of another schema. A schema that exists but the
 * session may not look into is refused: its objects would look missing.
 */
final class ReflectedSchemas {
    private ReflectedSchemas() {
    }

    /**
     * @param one reads one schema ({@link ReflectOptions#schema()}) into a model without schema names, where a
     *            foreign key to another schema names that schema ({@link ReflectedNames#referencedSchema})
     */
    static SchemaModel read(Connection connection, ReflectOptions options,
                            BiFunction<Connection, ReflectOptions, SchemaModel> one) {
        String project = options.schema();
        ReflectOptions single = options.withOtherSchemas(List.of());
        SchemaModel model = one.apply(connection, single);
        List<String> existing = existing(connection, options.otherSchemas());
        if (existing.isEmpty()) {
            return model;
        }
        List<dev.retort.model.Table> tables = new ArrayList<>(model.tables());
        List<dev.retort.model.Sequence> sequences = new ArrayList<>(model.sequences());
        List<dev.retort.model.EnumType> enums = new ArrayList<>(model.enums());
        for (String schema : existing) {
            SchemaModel read = ownTypesQualified(connection, schema, one.apply(connection, single.withSchema(schema)))
                    .mapSchemas(s -> s == null ? schema : Objects.equals(s, project) ? null : s);
            tables.addAll(read.tables());
            sequences.addAll(read.sequences());
            enums.addAll(read.enums());
        }
        // casts are modelled for the enum types of the project's schema only (Cast)
        return new SchemaModel(tables, sequences, enums, existing, model.casts()).sorted();
    }

    /**
     * {@code read} (one schema other than the project's, as a reader gives it: types of that schema unqualified)
     * with the types of that schema's own enum, domain and composite types qualified, {@code schema.type}: generated
     * DDL then names them where they are, not on the project's search path.
     */
    private static SchemaModel ownTypesQualified(Connection connection, String schema, SchemaModel read) {
        Map<String, Set<String>> columns = new HashMap<>();
        CatalogSql.query(connection, "own-type-columns", schema, rs -> columns
                .computeIfAbsent(rs.getString("table_name"), t -> new HashSet<>()).add(rs.getString("column_name")));
        if (columns.isEmpty()) {
            return read;
        }
        String prefix = PgIdentifiers.quoteIfNeeded(schema) + ".";
        return read.withTables(read.tables().stream().map(t -> {
            Set<String> own = columns.getOrDefault(t.name(), Set.of());
            return t.withColumns(t.columns().stream().map(c -> own.contains(c.name()) && !c.type().name()
                    .startsWith(prefix) ? c.withType(qualified(prefix, c.type())) : c).toList());
        }).toList());
    }

    private static dev.retort.model.SqlType qualified(String prefix, dev.retort.model.SqlType type) {
        return new dev.retort.model.SqlType(prefix + type.name(), type.length(), type.precision(), type.scale(),
                type.arrayDimensions(), type.modifiers());
    }

    /** Those of {@code schemas} the database has, in name order; fails on one the session may not use. */
    private static List<String> existing(Connection connection, List<String> schemas) {
        if (schemas.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT nspname, "
                + "pg_catalog.has_schema_privilege(oid, 'USAGE') FROM pg_catalog.pg_namespace "
                + "WHERE nspname = ANY (?) ORDER BY nspname")) {
            Array array = connection.createArrayOf("text", schemas.toArray());
            ps.setArray(1, array);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (!rs.getBoolean(2)) {
                        String schema = rs.getString(1);
                        throw new RetortException(ErrorKind.PRIVILEGE, "the entities use schema " + schema
                                + ", which this database role may not use (no USAGE privilege), so its tables"
                                + " would look missing: GRANT USAGE ON SCHEMA "
                                + PgIdentifiers.quoteIfNeeded(schema) + " TO the role Retort connects as");
                    }
                    out.add(rs.getString(1));
                }
            }
            array.free();
        } catch (SQLException e) {
            throw new ReflectException("could not read which schemas exist: " + e.getMessage(), e);
        }
        return out;
    }
}
