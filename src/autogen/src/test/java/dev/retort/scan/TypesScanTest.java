package dev.retort.scan;

import dev.retort.model.Column;
import dev.retort.model.EnumType;
import dev.retort.model.SchemaModel;
import dev.retort.model.SqlType;
import dev.retort.model.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.retort.scan.ModelAssertions.check;
import static dev.retort.scan.ModelAssertions.column;
import static dev.retort.scan.ModelAssertions.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Entity set {@code types}: the SQL types Hibernate picks for PostgreSQL (json, arrays, named enums, lobs, time
 * types, numbers), auto-applied converters, generated columns and function defaults.
 */
class TypesScanTest {
    static SchemaModel model;
    static Table gadget;

    @BeforeAll
    static void scan() {
        model = EntitySets.scan("types").model();
        gadget = table(model, "gadget");
    }

    private static SqlType type(String column) {
        return column(gadget, column).type();
    }

    @Test
    void jsonIsJsonb() {
        assertEquals(SqlType.of("jsonb"), type("attributes"), "Map with SqlTypes.JSON");
        assertEquals(SqlType.of("jsonb"), type("raw_json"), "String with SqlTypes.JSON");
    }

    @Test
    void arrays() {
        assertEquals(SqlType.withLength("varchar", 255).asArray(), type("labels"), "String[]");
        assertEquals(SqlType.withLength("varchar", 255).asArray(), type("tag_list"), "List<String> with ARRAY");
        assertEquals(SqlType.of("integer").asArray(), type("scores"), "int[]");
    }

    @Test
    void namedEnumsBecomeEnumTypesAndColumnTypes() {
        assertEquals(List.of(new EnumType("mood", List.of("CALM", "GRUMPY", "HAPPY")),
                        new EnumType("size", List.of("SMALL", "MEDIUM", "LARGE"))),
                model.sorted().enums(), "NAMED_ENUM values sorted by Hibernate, NAMED_ORDINAL_ENUM in ordinal order");
        Column mood = column(gadget, "mood");
        assertEquals(SqlType.of("mood"), mood.type());
        assertFalse(mood.nullable());
        assertEquals(SqlType.of("size"), type("size"));
        assertTrue(gadget.checks().stream().noneMatch(c -> c.name().contains("_mood_check")
                && !c.name().startsWith("gadget_backup")), "a named enum needs no check");
    }

    @Test
    void enumeratedStringNextToANamedEnumOfTheSameJavaType() {
        assertEquals(SqlType.withLength("varchar", 10), type("backup_mood"));
        assertEquals("backup_mood in ('HAPPY','GRUMPY','CALM')", check(gadget, "gadget_backup_mood_check").expression());
    }

    @Test
    void convertersShapeTypesAndChecks() {
        assertEquals(SqlType.withLength("varchar", 255), type("color"), "auto-applied @Converter");
        assertEquals("color in ('red','green','blue')", check(gadget, "gadget_color_check").expression());
        assertEquals(SqlType.withLength("char", 1), type("gift"), "YesNoConverter");
        assertEquals("gift in ('N','Y')", check(gadget, "gadget_gift_check").expression());
    }

    @Test
    void textAndLobs() {
        assertEquals(SqlType.of("oid"), type("manual"), "@Lob String");
        assertEquals(SqlType.of("text"), type("description"), "length = Length.LONG32");
    }

    @Test
    void timeTypes() {
        assertEquals(SqlType.withPrecision("timestamptz", 6, null), type("created_at"));
        assertEquals(SqlType.withPrecision("timestamptz", 3, null), type("measured_at"), "secondPrecision = 3");
        assertEquals(SqlType.withPrecision("timestamp", 6, null), type("local_created"));
        assertEquals(SqlType.withPrecision("timestamptz", 6, null), type("offset_created"));
        assertEquals(SqlType.withPrecision("timestamptz", 6, null), type("zoned_created"));
        assertEquals(SqlType.withPrecision("time", 0, null), type("opens_at"), "LocalTime");
        assertEquals(SqlType.withPrecision("time", 0, null), type("closes_at"), "OffsetTime, normalized to UTC");
        assertEquals(SqlType.of("date"), type("release_date"));
        assertEquals(SqlType.withPrecision("numeric", 21, 0), type("warranty"), "Duration");
    }

    @Test
    void numbers() {
        assertEquals(SqlType.withPrecision("numeric", 38, 0), type("serial"), "BigInteger");
        assertEquals(SqlType.withPrecision("numeric", 8, 3), type("weight"));
        assertEquals(SqlType.of("double precision"), type("ratio"));
        assertEquals(SqlType.of("real"), type("rating"));
        assertEquals(SqlType.of("smallint"), type("shelf"));
        assertEquals(SqlType.of("smallint"), type("bin"), "byte");
        assertEquals(SqlType.withLength("char", 1), type("grade"), "char");
        assertEquals(SqlType.of("bigint"), type("views"));
        assertEquals(SqlType.of("uuid"), type("id"));
    }

    @Test
    void generatedColumnAndFunctionDefaults() {
        Column total = column(gadget, "line_total");
        assertEquals("price * quantity", total.generatedExpression());
        assertNull(total.defaultExpression());
        assertEquals(SqlType.withPrecision("numeric", 12, 2), total.type());
        assertEquals("now()", column(gadget, "created_at").defaultExpression());
        assertEquals("gen_random_uuid()", column(gadget, "public_id").defaultExpression());
    }
}
