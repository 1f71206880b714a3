package dev.retort.reflect;

import dev.retort.dialect.postgres.PgIdentifiers;
import dev.retort.dialect.postgres.PgTypes;
import dev.retort.model.Column;
import dev.retort.model.EnumType;
import dev.retort.model.SchemaModel;
import dev.retort.model.SqlType;
import dev.retort.model.Table;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The definitions of types a database has that neither PostgreSQL nor an extension provides and that no migration
 * creates: domains ({@code CREATE DOMAIN phone_number AS varchar(20) CHECK (...)}), composite types and enum types
 * made by hand. Entities may use them through {@code columnDefinition}; a scratch database that puts the desired
 * schema into PostgreSQL's words needs them too, defined as on the target.
 */
public final class PgUserTypes {
    private PgUserTypes() {
    }

    private static final String TYPE = """
            SELECT t.oid, t.typtype, n.nspname, t.typname,
                   pg_catalog.format_type(t.typbasetype, t.typtypmod) AS base_type,
                   bt.typname AS base_name, t.typnotnull, t.typdefault,
                   (SELECT pg_catalog.string_agg(' CONSTRAINT ' || pg_catalog.quote_ident(c.conname) || ' '
                                                 || pg_catalog.pg_get_constraintdef(c.oid), '' ORDER BY c.conname)
                    FROM pg_catalog.pg_constraint c WHERE c.contypid = t.oid AND c.contype = 'c') AS checks,
                   (SELECT pg_catalog.string_agg(pg_catalog.quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder)
                    FROM pg_catalog.pg_enum e WHERE e.enumtypid = t.oid) AS labels,
                   (SELECT pg_catalog.string_agg(pg_catalog.quote_ident(a.attname) || ' '
                                                 || pg_catalog.format_type(a.atttypid, a.atttypmod), ', '
                                                 ORDER BY a.attnum)
                    FROM pg_catalog.pg_attribute a
                    WHERE a.attrelid = t.typrelid AND a.attnum > 0 AND NOT a.attisdropped) AS attributes
            FROM pg_catalog.pg_type t
            JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
            LEFT JOIN pg_catalog.pg_type bt ON bt.oid = t.typbasetype
            WHERE t.oid = pg_catalog.to_regtype(?)
              AND t.typtype IN ('d', 'e', 'c')
              AND n.nspname NOT IN ('pg_catalog', 'information_schema')
              AND (t.typtype <> 'c' OR (SELECT relkind FROM pg_catalog.pg_class WHERE oid = t.typrelid) = 'c')
              AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend x WHERE x.classid = 'pg_catalog.pg_type'::regclass
                              AND x.objid = t.oid AND x.deptype = 'e')
            """;

    /**
     * The SQL names of the column types of {@code model} that may be user-defined: every type name but those of the
     * model's own enum types (its migrations create those) and of the types Retort has rules for.
     */
    public static List<String> referencedBy(SchemaModel model) {
        Set<String> enums = new java.util.HashSet<>();
        for (EnumType e : model.enums()) {
            enums.add(e.name());
        }
        Set<String> out = new LinkedHashSet<>();
        for (Table t : model.tables()) {
            for (Column c : t.columns()) {
                SqlType type = c.type();
                if (!enums.contains(type.name()) && type.length() == null && type.precision() == null) {
                    String sql = PgTypes.render(new SqlType(type.name(), null, null, null, 0));
                    if (!BUILT_IN.contains(sql)) {
                        out.add(sql);
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    private static final Set<String> BUILT_IN = Set.of("smallint", "integer", "bigint", "real", "double precision",
            "numeric", "varchar", "char", "text", "boolean", "bytea", "uuid", "json", "jsonb", "date", "oid",
            "inet", "cidr", "xml", "money", "tsvector", "bit", "varbit");

    /**
     * {@code CREATE SCHEMA IF NOT EXISTS} and {@code CREATE DOMAIN/TYPE} statements for those of {@code typeNames}
     * (as SQL names: {@code phone_number}, {@code app."Money"}, resolved on the connection's search path) that the
     * database defines outside PostgreSQL and its extensions, each after the types it is built on. Names it does not
     * know, built-in types and extension types give nothing.
     */
    public static List<String> createStatements(Connection connection, Collection<String> typeNames) {
        Set<String> done = new LinkedHashSet<>();
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(TYPE)) {
            for (String name : typeNames) {
                define(ps, name, done, out, 0);
            }
        } catch (SQLException e) {
            throw new ReflectException("could not read the definitions of user-defined types: " + e.getMessage(), e);
        }
        return List.copyOf(out);
    }

    private static void define(PreparedStatement ps, String name, Set<String> done, List<String> out, int depth)
            throws SQLException {
        if (depth > 16) {
            return;
        }
        String schema;
        String type;
        String sql;
        String baseName;
        ps.setString(1, name);
        try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return;
            }
            schema = rs.getString("nspname");
            type = PgIdentifiers.quoteIfNeeded(schema) + "." + PgIdentifiers.quoteIfNeeded(rs.getString("typname"));
            if (!done.add(type)) {
                return;
            }
            baseName = rs.getString("base_type");
            sql = switch (rs.getString("typtype")) {
                case "d" -> "CREATE DOMAIN " + type + " AS " + baseName
                        + (rs.getString("typdefault") == null ? "" : " DEFAULT " + rs.getString("typdefault"))
                        + (rs.getBoolean("typnotnull") ? " NOT NULL" : "")
                        + (rs.getString("checks") == null ? "" : rs.getString("checks"));
                case "e" -> "CREATE TYPE " + type + " AS ENUM ("
                        + (rs.getString("labels") == null ? "" : rs.getString("labels")) + ")";
                default -> "CREATE TYPE " + type + " AS ("
                        + (rs.getString("attributes") == null ? "" : rs.getString("attributes")) + ")";
            };
        }
        if (baseName != null && !baseName.equals("-")) {
            define(ps, baseName, done, out, depth + 1); // a domain over another domain or a hand-made type
        }
        out.add("CREATE SCHEMA IF NOT EXISTS " + PgIdentifiers.quoteIfNeeded(schema));
        out.add(sql);
    }
}
