package dev.retort.dialect.postgres;

import dev.retort.model.SqlType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PgTypesTest {

    private static SqlType type(String name, Integer length, Integer precision, Integer scale, int dims) {
        return new SqlType(name, length, precision, scale, dims);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "int2|smallint", "smallint|smallint", "smallserial|smallint", "serial2|smallint",
            "int4|integer", "int|integer", "INTEGER|integer", "serial|integer", "serial4|integer",
            "int8|bigint", "bigint|bigint", "bigserial|bigint", "serial8|bigint",
            "float4|real", "real|real", "float8|double precision", "double precision|double precision",
            "bool|boolean", "boolean|boolean", "text|text", "bytea|bytea", "uuid|uuid", "json|json", "jsonb|jsonb",
            "date|date", "oid|oid", "inet|inet", "money|money", "tsvector|tsvector"})
    void synonymsMapToOneCanonicalName(String spelling, String canonical) {
        assertEquals(SqlType.of(canonical), PgTypes.parse(spelling));
    }

    @Test
    void characterTypes() {
        assertEquals(SqlType.withLength("varchar", 255), PgTypes.parse("character varying(255)"));
        assertEquals(SqlType.withLength("varchar", 255), PgTypes.parse("varchar(255)"));
        assertEquals(SqlType.withLength("varchar", 255), PgTypes.parse("VARCHAR( 255 )"));
        assertEquals(SqlType.of("varchar"), PgTypes.parse("character varying"));
        assertEquals(SqlType.withLength("char", 2), PgTypes.parse("character(2)"));
        assertEquals(SqlType.withLength("char", 2), PgTypes.parse("bpchar(2)"));
        assertEquals(SqlType.withLength("char", 1), PgTypes.parse("char"), "char means char(1)");
        assertEquals(SqlType.withLength("char", 1), PgTypes.parse("character"));
        assertEquals(SqlType.of("char"), PgTypes.parse("bpchar"), "bpchar without length is unbounded");
    }

    @Test
    void bitTypes() {
        assertEquals(SqlType.withLength("bit", 1), PgTypes.parse("bit"), "bit means bit(1)");
        assertEquals(SqlType.withLength("bit", 8), PgTypes.parse("bit(8)"));
        assertEquals(SqlType.of("varbit"), PgTypes.parse("bit varying"));
        assertEquals(SqlType.withLength("varbit", 8), PgTypes.parse("varbit(8)"));
    }

    @Test
    void numericKeepsPrecisionAndScale() {
        assertEquals(SqlType.withPrecision("numeric", 10, 2), PgTypes.parse("numeric(10,2)"));
        assertEquals(SqlType.withPrecision("numeric", 10, 2), PgTypes.parse("decimal(10, 2)"));
        assertEquals(SqlType.withPrecision("numeric", 10, 0), PgTypes.parse("numeric(10)"), "scale defaults to 0");
        assertEquals(SqlType.of("numeric"), PgTypes.parse("numeric"));
        assertEquals(SqlType.withPrecision("numeric", 5, -2), PgTypes.parse("numeric(5,-2)"));
    }

    @Test
    void floatPrecisionPicksRealOrDouble() {
        assertEquals(SqlType.of("real"), PgTypes.parse("float(1)"));
        assertEquals(SqlType.of("real"), PgTypes.parse("float(24)"));
        assertEquals(SqlType.of("double precision"), PgTypes.parse("float(25)"));
        assertEquals(SqlType.of("double precision"), PgTypes.parse("float(53)"));
        assertEquals(SqlType.of("double precision"), PgTypes.parse("float"));
        assertEquals(SqlType.of("double precision"), PgTypes.parse("double"));
    }

    /** Only built-in types are spelt in several words; a columnDefinition with constraints is not a type. */
    @Test
    void severalWordsAreOnlyBuiltInTypes() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> PgTypes.parse("boolean default false"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> PgTypes.parse("foo bar"));
        assertEquals("interval day to second", PgTypes.parse("interval day to second").name());
        assertEquals("interval second", PgTypes.parse("interval second(6)").name());
        assertEquals(SqlType.of("double precision"), PgTypes.parse("double precision"));
    }

    /** As PostgreSQL does: Hibernate writes float(67) for a float column with @Column(precision = 20). */
    @Test
    void floatPrecisionOutsidePostgresRangeIsRefused() {
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> PgTypes.parse("float(67)"));
        org.junit.jupiter.api.Assertions.assertTrue(e.getMessage().contains("between 1 and 53"), e.getMessage());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> PgTypes.parse("float(0)"));
    }

    @Test
    void timeTypesCarryTimeZoneAndPrecision() {
        assertEquals(type("timestamptz", null, 6, null, 0), PgTypes.parse("timestamp with time zone"));
        assertEquals(type("timestamptz", null, 6, null, 0), PgTypes.parse("timestamp(6) with time zone"));
        assertEquals(type("timestamptz", null, 3, null, 0), PgTypes.parse("timestamptz(3)"));
        assertEquals(type("timestamptz", null, 6, null, 0), PgTypes.parse("TIMESTAMPTZ"));
        assertEquals(type("timestamp", null, 6, null, 0), PgTypes.parse("timestamp"));
        assertEquals(type("timestamp", null, 0, null, 0), PgTypes.parse("timestamp(0) without time zone"));
        assertEquals(type("timestamp", null, 3, null, 0), PgTypes.parse("timestamp(3)"));
        assertEquals(type("time", null, 6, null, 0), PgTypes.parse("time without time zone"));
        assertEquals(type("time", null, 2, null, 0), PgTypes.parse("time(2)"));
        assertEquals(type("timetz", null, 0, null, 0), PgTypes.parse("time(0) with time zone"));
        assertEquals(type("timetz", null, 6, null, 0), PgTypes.parse("timetz"));
        assertEquals(type("interval", null, 6, null, 0), PgTypes.parse("interval"));
        assertEquals(type("interval", null, 3, null, 0), PgTypes.parse("interval(3)"));
    }

    @Test
    void arraysInEverySpelling() {
        SqlType intArray = SqlType.of("integer").asArray();
        assertEquals(intArray, PgTypes.parse("_int4"));
        assertEquals(intArray, PgTypes.parse("integer[]"));
        assertEquals(intArray, PgTypes.parse("int4[]"));
        assertEquals(intArray, PgTypes.parse("integer[3]"));
        assertEquals(intArray, PgTypes.parse("integer array"));
        assertEquals(intArray, PgTypes.parse("integer ARRAY[4]"));
        assertEquals(SqlType.of("integer").asArray().asArray(), PgTypes.parse("integer[][]"));
        assertEquals(SqlType.withLength("varchar", 255).asArray(), PgTypes.parse("varchar(255) array"));
        assertEquals(SqlType.withLength("varchar", 20).asArray(), PgTypes.parse("character varying(20)[]"));
        assertEquals(SqlType.of("text").asArray(), PgTypes.parse("_text"));
        assertEquals(type("timestamptz", null, 3, null, 1), PgTypes.parse("timestamp(3) with time zone[]"));
        assertEquals(SqlType.withPrecision("numeric", 10, 2).asArray(), PgTypes.parse("numeric(10,2)[]"));
    }

    @Test
    void enumAndOtherUserTypesKeepTheirName() {
        assertEquals(SqlType.of("order_status"), PgTypes.parse("order_status"));
        assertEquals(SqlType.of("order_status").asArray(), PgTypes.parse("order_status[]"));
        assertEquals(SqlType.of("order_status").asArray(), PgTypes.parse("_order_status"));
        assertEquals(SqlType.of("OrderStatus"), PgTypes.parse("\"OrderStatus\""));
        assertEquals(SqlType.of("OrderStatus").asArray(), PgTypes.parse("\"OrderStatus\"[]"));
        assertEquals(SqlType.of("app.OrderStatus"), PgTypes.parse("app.\"OrderStatus\""));
        assertEquals(SqlType.of("app.order_status"), PgTypes.parse("app.order_status"));
    }

    @Test
    void unknownTypesKeepTheirModifiersVerbatim() {
        assertEquals(SqlType.withModifiers("vector", "1536"), PgTypes.parse("vector(1536)"));
        assertEquals(SqlType.withModifiers("geometry", "Point,4326"), PgTypes.parse("geometry(Point,4326)"));
        assertEquals(SqlType.withModifiers("geometry", "POINT, 4326"), PgTypes.parse("GEOMETRY(POINT, 4326)"),
                "PostgreSQL's own spelling comes from the scratch round trip, not from Retort");
        assertEquals(SqlType.withModifiers("geometry", "Point,4326").asArray(), PgTypes.parse("geometry(Point,4326)[]"));
        assertEquals(SqlType.of("citext"), PgTypes.parse("citext"));
        assertEquals(SqlType.of("ltree").asArray(), PgTypes.parse("ltree[]"));
        assertEquals(SqlType.of("extensions.citext"), PgTypes.parse("extensions.citext"));
        assertEquals(SqlType.withModifiers("extensions.vector", "3"), PgTypes.parse("extensions.vector(3)"));
        assertEquals(SqlType.withModifiers("interval day to second", "3"), PgTypes.parse("interval day to second(3)"));
        assertEquals(SqlType.of("interval year to month"), PgTypes.parse("interval year to month"));
        assertEquals(SqlType.of("\"char\""), PgTypes.parse("\"char\""), "the one-byte type is not char(1)");
        assertEquals(SqlType.of("integer"), PgTypes.parse("pg_catalog.int4"));
        assertEquals("geometry(Point,4326)[]", PgTypes.parse("geometry(Point,4326)[]").describe());
    }

    @Test
    void rejectsWhatIsNotAType() {
        assertThrows(IllegalArgumentException.class, () -> PgTypes.parse(""));
        assertThrows(IllegalArgumentException.class, () -> PgTypes.parse(null));
        assertThrows(IllegalArgumentException.class, () -> PgTypes.parse("varchar(abc)"));
        assertThrows(IllegalArgumentException.class, () -> PgTypes.parse("integer; drop table x"));
    }

    @ParameterizedTest(name = "{0} renders as {1}")
    @CsvSource(delimiter = '|', value = {
            "int4|integer", "bigserial|bigint", "float8|double precision", "float(24)|real",
            "character varying(255)|varchar(255)", "varchar|varchar", "bpchar(2)|char(2)", "char|char(1)",
            "numeric(10,2)|numeric(10,2)", "numeric(10)|numeric(10,0)", "numeric|numeric",
            "timestamptz|timestamp(6) with time zone", "timestamp(3)|timestamp(3) without time zone",
            "time with time zone|time(6) with time zone", "time|time(6) without time zone", "interval|interval(6)",
            "_int4|integer[]", "varchar(255) array|varchar(255)[]", "bool|boolean", "jsonb|jsonb",
            "order_status|order_status", "\"OrderStatus\"|\"OrderStatus\"", "bit|bit(1)",
            "vector(1536)|vector(1536)", "geometry(Point,4326)|geometry(Point,4326)",
            "geometry(Point,4326)[]|geometry(Point,4326)[]", "_ltree|ltree[]", "extensions.citext|extensions.citext",
            "app.\"OrderStatus\"|app.\"OrderStatus\"", "interval day to second(3)|interval day to second(3)",
            "\"char\"|\"char\"", "text(5)|text(5)"})
    void rendersDdlThatParsesBackToTheSameType(String spelling, String ddl) {
        SqlType parsed = PgTypes.parse(spelling);
        assertEquals(ddl, PgTypes.render(parsed));
        assertEquals(parsed, PgTypes.parse(PgTypes.render(parsed)), "round trip of " + ddl);
    }
}
