package dev.retort.api;

import java.util.Arrays;
import java.util.List;

/**
 * Static factories for migration code: {@code import static dev.retort.api.Schema.*;}.
 * Types use PostgreSQL's canonical names.
 */
public final class Schema {
    private Schema() {
    }

    // ---- types
    public static final SqlType SMALLINT = SqlType.of("smallint");
    public static final SqlType INTEGER = SqlType.of("integer");
    public static final SqlType BIGINT = SqlType.of("bigint");
    public static final SqlType REAL = SqlType.of("real");
    public static final SqlType DOUBLE = SqlType.of("double precision");
    public static final SqlType BOOLEAN = SqlType.of("boolean");
    public static final SqlType TEXT = SqlType.of("text");
    public static final SqlType BYTEA = SqlType.of("bytea");
    public static final SqlType UUID = SqlType.of("uuid");
    public static final SqlType JSON = SqlType.of("json");
    public static final SqlType JSONB = SqlType.of("jsonb");
    public static final SqlType DATE = SqlType.of("date");
    public static final SqlType OID = SqlType.of("oid");

    public static SqlType varchar(int length) {
        return SqlType.withLength("varchar", length);
    }

    /** {@code varchar} without a length limit. */
    public static SqlType varchar() {
        return SqlType.of("varchar");
    }

    public static SqlType character(int length) {
        return SqlType.withLength("char", length);
    }

    public static SqlType numeric(int precision, int scale) {
        return SqlType.withPrecision("numeric", precision, scale);
    }

    /** {@code numeric(precision)}: scale 0. */
    public static SqlType numeric(int precision) {
        return SqlType.withPrecision("numeric", precision, null);
    }

    /** {@code numeric} without precision. */
    public static SqlType numeric() {
        return SqlType.of("numeric");
    }

    public static SqlType time(int precision) {
        return SqlType.withPrecision("time", precision, null);
    }

    public static SqlType timetz(int precision) {
        return SqlType.withPrecision("timetz", precision, null);
    }

    /** {@code timestamp(p) without time zone}. */
    public static SqlType timestamp(int precision) {
        return SqlType.withPrecision("timestamp", precision, null);
    }

    /** {@code timestamp(p) with time zone}. */
    public static SqlType timestamptz(int precision) {
        return SqlType.withPrecision("timestamptz", precision, null);
    }

    public static SqlType interval(int precision) {
        return SqlType.withPrecision("interval", precision, null);
    }

    public static SqlType arrayOf(SqlType element) {
        return element.asArray();
    }

    /**
     * A type by name, such as an enum type created with {@link Operations#createEnumType}, a domain, or an
     * extension's type: {@code type("citext")}, {@code type("extensions.citext")} (schema-qualified).
     */
    public static SqlType type(String name) {
        return SqlType.of(name);
    }

    /**
     * A type with modifiers kept as PostgreSQL prints them, e.g. {@code type("geometry", "Point,4326")} for
     * PostGIS's {@code geometry(Point,4326)}, {@code type("vector", "1536")} for pgvector's {@code vector(1536)}.
     */
    public static SqlType type(String name, String modifiers) {
        return SqlType.withModifiers(name, modifiers);
    }

    // ---- table elements

    public static ColumnDef column(String name, SqlType type) {
        return new ColumnDef(name, type);
    }

    public static TableConstraintDef.PrimaryKeyDef primaryKey(String name, String... columns) {
        return new TableConstraintDef.PrimaryKeyDef(name, List.of(columns));
    }

    public static TableConstraintDef.UniqueDef unique(String name, String... columns) {
        return new TableConstraintDef.UniqueDef(name, List.of(columns));
    }

    public static TableConstraintDef check(String name, String expression) {
        return new TableConstraintDef.CheckDef(name, expression);
    }

    public static TableConstraintDef comment(String text) {
        return new TableConstraintDef.CommentDef(text);
    }

    public static ForeignKeyDef foreignKey(String name, String... columns) {
        return new ForeignKeyDef(name, List.of(columns), null, List.of(), null, null);
    }

    /**
     * A collation change for {@link Operations#alterColumnType(String, String, SqlType, SqlType, String, Collation)}:
     * {@code collation(null, "C")} from the type's default to {@code "C"}.
     */
    public static Collation collation(String from, String to) {
        return new Collation(from, to);
    }

    /** The column's collation, kept through a type change: {@code collation("C")}. */
    public static Collation collation(String kept) {
        return new Collation(kept, kept);
    }

    public static IndexDef index(String name, String... columns) {
        return new IndexDef(name, Arrays.stream(columns).map(Schema::col).toList());
    }

    public static IndexDef index(String name, IndexKey... keys) {
        return new IndexDef(name, List.of(keys));
    }

    /**
     * A plain column key. With an operator class or a collation:
     * {@code col("name").opclass("text_pattern_ops")}, {@code col("name").collate("C")}.
     */
    public static IndexKey col(String column) {
        return new IndexKey(column, null, false);
    }

    public static IndexKey desc(String column) {
        return new IndexKey(column, null, true);
    }

    public static IndexKey expr(String expression) {
        return new IndexKey(null, expression, false);
    }

    public static IndexKey exprDesc(String expression) {
        return new IndexKey(null, expression, true);
    }

    /**
     * A sequence with the database's defaults, to refine with named steps:
     * {@code sequence("product_seq").startWith(1000).incrementBy(20)}.
     */
    public static Sequence sequence(String name) {
        return new Sequence(name);
    }

    /** A sequence with both values stated: {@code sequence("invoice_no", 1000, 1)}. */
    public static Sequence sequence(String name, long start, long increment) {
        return new Sequence(name, start, increment);
    }

    // ---- identities, for {@link Operations#alterColumnIdentity} and {@link ColumnDef#identity(Identity)}

    /** {@code GENERATED BY DEFAULT AS IDENTITY}, refined with {@code .startWith(n)}, {@code .incrementBy(n)}. */
    public static Identity identity() {
        return Identity.byDefault();
    }

    /** {@code GENERATED ALWAYS AS IDENTITY}, refined with {@code .startWith(n)}, {@code .incrementBy(n)}. */
    public static Identity identityAlways() {
        return Identity.generatedAlways();
    }

    /** {@code CREATE CAST (source AS target) WITH INOUT [AS IMPLICIT | AS ASSIGNMENT]}, for {@code op.createCast}. */
    public static Cast castWithInout(String source, String target, Cast.Context context) {
        return new Cast(source, target, context, Cast.Method.INOUT, null);
    }

    /** {@code CREATE CAST (source AS target) WITHOUT FUNCTION [AS ...]}: binary coercible (superuser only). */
    public static Cast castWithoutFunction(String source, String target, Cast.Context context) {
        return new Cast(source, target, context, Cast.Method.BINARY, null);
    }

    /** {@code CREATE CAST (source AS target) WITH FUNCTION function [AS ...]}, e.g. {@code to_status(varchar)}. */
    public static Cast castWithFunction(String source, String target, String function, Cast.Context context) {
        return new Cast(source, target, context, Cast.Method.FUNCTION, function);
    }
}
