package dev.retort.dialect.postgres;

import dev.retort.model.SqlType;

import java.util.Map;
import java.util.Set;

/**
 * Which column type changes PostgreSQL performs on its own ({@code ALTER COLUMN ... TYPE} without
 * {@code USING} converts like an assignment cast) and which need a conversion expression.
 *
 * <p>The pairs are PostgreSQL 15's {@code pg_cast} rows with context implicit or assignment among the
 * canonical built-in types, plus the automatic I/O conversion to string types, which is an assignment
 * cast for every type.
 */
final class PgCasts {
    private PgCasts() {
    }

    private static final Set<String> STRINGS = Set.of("text", "varchar", "char");

    // source -> targets reachable by an implicit or assignment cast (pg_cast.castcontext in ('i', 'a'))
    private static final Map<String, Set<String>> ASSIGNABLE = Map.ofEntries(
            Map.entry("smallint", Set.of("integer", "bigint", "numeric", "real", "double precision", "oid")),
            Map.entry("integer", Set.of("smallint", "bigint", "numeric", "real", "double precision", "money", "oid")),
            Map.entry("bigint", Set.of("smallint", "integer", "numeric", "real", "double precision", "money", "oid")),
            Map.entry("numeric", Set.of("smallint", "integer", "bigint", "real", "double precision", "money")),
            Map.entry("real", Set.of("smallint", "integer", "bigint", "numeric", "double precision")),
            Map.entry("double precision", Set.of("smallint", "integer", "bigint", "numeric", "real")),
            Map.entry("money", Set.of("numeric")),
            Map.entry("oid", Set.of("integer", "bigint")),
            Map.entry("bit", Set.of("varbit")),
            Map.entry("varbit", Set.of("bit")),
            Map.entry("cidr", Set.of("inet")),
            Map.entry("inet", Set.of("cidr")),
            Map.entry("json", Set.of("jsonb")),
            Map.entry("jsonb", Set.of("json")),
            Map.entry("date", Set.of("timestamp", "timestamptz")),
            Map.entry("time", Set.of("timetz", "interval")),
            Map.entry("timetz", Set.of("time")),
            Map.entry("interval", Set.of("time")),
            Map.entry("timestamp", Set.of("timestamptz", "date", "time")),
            Map.entry("timestamptz", Set.of("timestamp", "date", "time", "timetz")));

    // source -> targets reachable only by an explicit cast (pg_cast.castcontext = 'e')
    private static final Map<String, Set<String>> EXPLICIT = Map.ofEntries(
            Map.entry("integer", Set.of("boolean", "bit")),
            Map.entry("bigint", Set.of("bit")),
            Map.entry("boolean", Set.of("integer")),
            Map.entry("bit", Set.of("integer", "bigint")),
            Map.entry("jsonb", Set.of("smallint", "integer", "bigint", "numeric", "real", "double precision", "boolean")));

    /** How a column of type {@code from} becomes {@code to}. */
    enum Conversion {
        /** PostgreSQL converts by itself: no USING clause. */
        AUTOMATIC,
        /** An explicit cast exists: {@code USING col::to}. */
        EXPLICIT_CAST,
        /** No cast exists: go through the text form, {@code USING col::text::to}. */
        VIA_TEXT
    }

    static Conversion conversion(SqlType from, SqlType to) {
        if (isScalarString(to)) {
            return Conversion.AUTOMATIC; // every type, arrays included, has an assignment I/O cast to strings
        }
        if (isScalarString(from)) {
            return Conversion.EXPLICIT_CAST; // I/O casts from strings are explicit-only, to arrays too
        }
        if (from.arrayDimensions() != to.arrayDimensions()) {
            return Conversion.VIA_TEXT;
        }
        // same shape: an array coercion has the context of its element cast
        String f = from.name();
        String t = to.name();
        if (f.equals(t) || STRINGS.contains(t) || ASSIGNABLE.getOrDefault(f, Set.of()).contains(t)) {
            return Conversion.AUTOMATIC;
        }
        if (STRINGS.contains(f) || EXPLICIT.getOrDefault(f, Set.of()).contains(t)) {
            return Conversion.EXPLICIT_CAST;
        }
        return Conversion.VIA_TEXT;
    }

    private static boolean isScalarString(SqlType type) {
        return !type.isArray() && STRINGS.contains(type.name());
    }
}
