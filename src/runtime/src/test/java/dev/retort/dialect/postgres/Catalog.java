package dev.retort.dialect.postgres;

import dev.retort.testing.TestDatabase;

import java.util.ArrayList;
import java.util.List;

/**
 * What PostgreSQL's own catalog says about the public schema, one line per object, sorted: the oracle
 * of the DDL tests, independent of Retort's reflection. Column positions are left out, since a column
 * dropped and added back comes last.
 */
final class Catalog {
    private Catalog() {
    }

    private static final String TABLES = """
            SELECT 'table ' || c.relname || ' comment=' || coalesce(obj_description(c.oid, 'pg_class'), '-')
              FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')""";

    private static final String COLUMNS = """
            SELECT 'column ' || c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
                   || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END
                   || coalesce(' default ' || CASE WHEN a.attgenerated = '' THEN pg_get_expr(d.adbin, d.adrelid) END, '')
                   || coalesce(' generated ' || CASE WHEN a.attgenerated <> '' THEN pg_get_expr(d.adbin, d.adrelid) END, '')
                   || CASE WHEN a.attidentity <> '' THEN ' identity ' || a.attidentity::text ELSE '' END
                   || coalesce(' comment ' || col_description(c.oid, a.attnum), '')
              FROM pg_attribute a
              JOIN pg_class c ON c.oid = a.attrelid
              JOIN pg_namespace n ON n.oid = c.relnamespace
              LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
             WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND a.attnum > 0 AND NOT a.attisdropped""";

    private static final String CONSTRAINTS = """
            SELECT 'constraint ' || c.relname || '.' || k.conname || ' ' || pg_get_constraintdef(k.oid)
              FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid
              JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = 'public'""";

    private static final String INDEXES = """
            SELECT 'index ' || pg_get_indexdef(i.indexrelid)
              FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
              JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = 'public'""";

    private static final String SEQUENCES = """
            SELECT 'sequence ' || sequencename || ' ' || data_type || ' start ' || start_value
                   || ' increment ' || increment_by || ' min ' || min_value || ' max ' || max_value
              FROM pg_sequences WHERE schemaname = 'public'""";

    private static final String ENUMS = """
            SELECT 'enum ' || t.typname || ' ' || string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder)
              FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
              JOIN pg_namespace n ON n.oid = t.typnamespace
             WHERE n.nspname = 'public' GROUP BY t.typname""";

    /** Casts made in the database (not built in), with their context and method. */
    private static final String CASTS = """
            SELECT 'cast ' || castsource::regtype::text || ' as ' || casttarget::regtype::text || ' '
                   || castcontext::text || '/' || castmethod::text
              FROM pg_cast WHERE oid >= 16384""";

    static List<String> snapshot(TestDatabase db) {
        List<String> lines = new ArrayList<>();
        for (String query : List.of(TABLES, COLUMNS, CONSTRAINTS, INDEXES, SEQUENCES, ENUMS, CASTS)) {
            lines.addAll(db.column(query));
        }
        lines.sort(null);
        return lines;
    }

    /** The enum's labels in sort order. */
    static List<String> enumLabels(TestDatabase db, String type) {
        return db.column("SELECT e.enumlabel FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid WHERE t.typname = "
                + PgIdentifiers.literal(type) + " ORDER BY e.enumsortorder");
    }

    /** {@code format_type} of a column, e.g. {@code character varying(50)}. */
    static String columnType(TestDatabase db, String table, String column) {
        return single(db, "SELECT format_type(a.atttypid, a.atttypmod) FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid"
                + " WHERE c.relname = " + PgIdentifiers.literal(table) + " AND a.attname = " + PgIdentifiers.literal(column)
                + " AND NOT a.attisdropped");
    }

    static List<String> constraintDefs(TestDatabase db, String table) {
        return db.column("SELECT conname || ' ' || pg_get_constraintdef(k.oid) FROM pg_constraint k"
                + " JOIN pg_class c ON c.oid = k.conrelid WHERE c.relname = " + PgIdentifiers.literal(table) + " ORDER BY 1");
    }

    static List<String> indexDefs(TestDatabase db, String table) {
        return db.column("SELECT pg_get_indexdef(i.indexrelid) FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid"
                + " WHERE c.relname = " + PgIdentifiers.literal(table) + " ORDER BY 1");
    }

    static String single(TestDatabase db, String sql) {
        List<String> rows = db.column(sql);
        if (rows.size() != 1) {
            throw new AssertionError("expected one row from " + sql + " but got " + rows);
        }
        return rows.get(0);
    }
}
