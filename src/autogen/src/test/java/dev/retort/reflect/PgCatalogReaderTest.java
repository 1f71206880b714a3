package dev.retort.reflect;

import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.Cast;
import dev.retort.model.EnumType;
import dev.retort.model.ForeignKey;
import dev.retort.model.Identity;
import dev.retort.model.Index;
import dev.retort.model.IndexKey;
import dev.retort.model.PrimaryKey;
import dev.retort.model.ReferentialAction;
import dev.retort.model.SchemaModel;
import dev.retort.model.Sequence;
import dev.retort.model.SqlType;
import dev.retort.model.Table;
import dev.retort.model.UniqueConstraint;
import dev.retort.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The fast path on its own: the exact model of {@code rich-schema.sql}. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PgCatalogReaderTest {
    private TestDatabase db;

    @BeforeAll
    void createSchema() {
        db = ReflectFixtures.database("reflect_fast", "other-schema");
    }

    @AfterAll
    void dropSchema() {
        db.close();
    }

    private SchemaModel read(ReflectOptions options) {
        return ReflectFixtures.read(db, new PgCatalogReader(), options);
    }

    private static SqlType t(String name) {
        return SqlType.of(name);
    }

    private static SqlType varchar(int length) {
        return SqlType.withLength("varchar", length);
    }

    private static SqlType time(String name, int precision) {
        return SqlType.withPrecision(name, precision, null);
    }

    private static Column notNull(String name, SqlType type) {
        return Column.of(name, type).withNullable(false);
    }

    private static final Table CUSTOMER = new Table("customer", List.of(
            notNull("id", t("bigint")).withIdentity(new Identity(false, 100L, 5L)),
            notNull("email", varchar(255)).withComment("Login e-mail, it's unique"),
            notNull("name", t("text")).withDefault("'anonymous'::text"),
            Column.of("nickname", varchar(40)).withDefault("'x'::character varying"),
            notNull("created_at", time("timestamptz", 6)).withDefault("now()"),
            Column.of("tags", t("text").asArray()),
            Column.of("external_id", t("uuid"))),
            new PrimaryKey("customer_pkey", List.of("id")),
            List.of(new UniqueConstraint("customer_email_key", List.of("email"))),
            List.of(),
            List.of(),
            List.of(Index.on("customer_external_id_uidx", true, "external_id"),
                    new Index("customer_lower_email_idx", List.of(IndexKey.expression("lower(email::text)")), false,
                            null, List.of(), null)),
            "People who buy");

    private static final Table REGION = new Table("region", List.of(
            notNull("country_code", SqlType.withLength("char", 2)),
            notNull("region_code", varchar(10)),
            notNull("name", varchar(100))),
            new PrimaryKey("region_pkey", List.of("country_code", "region_code")),
            List.of(), List.of(), List.of(), List.of(), null);

    private static final Table PURCHASE_ORDER = new Table("purchase_order", List.of(
            notNull("id", t("integer")).withIdentity(new Identity(true, 7L, 3L)),
            Column.of("customer_id", t("bigint")),
            Column.of("country_code", SqlType.withLength("char", 2)),
            Column.of("region_code", varchar(10)),
            notNull("status", t("order_status")).withDefault("'new'::order_status"),
            notNull("total", SqlType.withPrecision("numeric", 10, 2)).withDefault("0"),
            notNull("quantity", t("integer")),
            notNull("unit_price", SqlType.withPrecision("numeric", 10, 2)),
            Column.of("line_total", SqlType.withPrecision("numeric", 12, 2))
                    .withGenerated("((quantity)::numeric * unit_price)"),
            Column.of("placed_at", time("timestamp", 3)),
            Column.of("shipped_on", t("date")),
            Column.of("payload", t("jsonb")),
            Column.of("raw", t("json")),
            Column.of("scores", t("integer").asArray()),
            Column.of("labels", varchar(20).asArray()),
            Column.of("discount", t("real")),
            Column.of("ratio", t("double precision")),
            Column.of("flags", t("smallint")).withDefault("0"),
            Column.of("fraction", t("numeric")),
            notNull("is_gift", t("boolean")).withDefault("false"),
            Column.of("invoice_no", t("bigint")).withDefault("nextval('invoice_number_seq'::regclass)")),
            new PrimaryKey("purchase_order_pkey", List.of("id")),
            List.of(new UniqueConstraint("purchase_order_customer_placed_key", List.of("placed_at", "customer_id"))),
            List.of(new CheckConstraint("purchase_order_quantity_check", "((quantity > 0) AND (quantity < 1000))", "((quantity > 0) AND (quantity < 1000))"),
                    new CheckConstraint("purchase_order_total_check", "(total >= (0)::numeric)", "(total >= (0)::numeric)")),
            List.of(new ForeignKey("purchase_order_customer_fk", List.of("customer_id"), "customer", List.of("id"),
                            ReferentialAction.CASCADE, ReferentialAction.NO_ACTION),
                    new ForeignKey("purchase_order_region_fk", List.of("region_code", "country_code"), "region",
                            List.of("region_code", "country_code"), ReferentialAction.SET_NULL,
                            ReferentialAction.CASCADE)),
            List.of(new Index("purchase_order_customer_idx", List.of(IndexKey.column("customer_id")), false, null,
                            List.of("total", "status"), null),
                    new Index("purchase_order_open_idx", List.of(IndexKey.column("status")), false,
                            "(status <> 'shipped'::order_status)", List.of(), null),
                    new Index("purchase_order_payload_idx", List.of(IndexKey.column("payload")), false, null,
                            List.of(), "gin"),
                    new Index("purchase_order_placed_idx",
                            List.of(IndexKey.columnDesc("placed_at"), IndexKey.column("id")), false, null,
                            List.of(), null)),
            null);

    private static final Table ORDER_LINE = new Table("OrderLine", List.of(
            notNull("Id", t("integer")).withDefault("nextval('\"OrderLine_Id_seq\"'::regclass)")
                                .withOwnedSequence(new Sequence("OrderLine_Id_seq", 1, 1)),
            notNull("OrderId", t("integer")),
            notNull("LineNo", t("smallint")),
            notNull("sku", varchar(64))),
            new PrimaryKey("OrderLine_pkey", List.of("Id")),
            List.of(new UniqueConstraint("OrderLine_OrderId_LineNo_key", List.of("OrderId", "LineNo"))),
            List.of(),
            List.of(new ForeignKey("OrderLine_Order_fk", List.of("OrderId"), "purchase_order", List.of("id"),
                    ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION)),
            List.of(new Index("OrderLine_Sku_Idx",
                    List.of(IndexKey.expression("upper(sku::text)"), IndexKey.columnDesc("LineNo")), false, null,
                    List.of(), null)),
            "Mixed-case name");

    private static final Table AUDIT_NOTE = new Table("audit_note", List.of(
            Column.of("note", t("text")),
            Column.of("noted_at", time("timetz", 0)),
            Column.of("blob", t("bytea")),
            Column.of("waited", time("interval", 3)),
            Column.of("mask", SqlType.withLength("bit", 3)),
            Column.of("seen_at", time("timestamptz", 2).asArray())),
            null,
            List.of(),
            List.of(new CheckConstraint("audit_note_not_empty", "((note <> ''::text) OR (blob IS NOT NULL))", "((note <> ''::text) OR (blob IS NOT NULL))")),
            List.of(), List.of(), null);

    /** A partitioned table; its partition measurement_y2024 is not part of the model. */
    private static final Table MEASUREMENT = new Table("measurement", List.of(
            notNull("id", t("bigint")),
            notNull("logdate", t("date")),
            Column.of("peak", t("integer"))),
            new PrimaryKey("measurement_pkey", List.of("id", "logdate")),
            List.of(), List.of(), List.of(),
            List.of(Index.on("measurement_peak_idx", false, "peak")),
            null);

    @Test
    void readsTheExactModelOfTheRichSchema() {
        SchemaModel expected = new SchemaModel(
                List.of(ORDER_LINE, AUDIT_NOTE, CUSTOMER, MEASUREMENT, PURCHASE_ORDER, REGION),
                List.of(new Sequence("invoice_number_seq", 1000, 10)),
                List.of(new EnumType("order_status", List.of("draft", "new", "paid", "shipped")),
                        new EnumType("unused_mood", List.of("sad", "ok", "happy"))), List.of(),
                List.of(Cast.implicitInout("order_status", "varchar"), Cast.implicitInout("varchar", "order_status"),
                        new Cast("varchar", "unused_mood", Cast.Context.ASSIGNMENT, Cast.Method.INOUT, null)));

        SchemaModel actual = read(ReflectFixtures.RICH_OPTIONS);

        for (Table table : expected.tables()) {
            assertEquals(table, actual.table(table.name()).orElse(null), "table " + table.name());
        }
        assertEquals(expected, actual);
    }

    @Test
    void leavesOutTheVersionTableAndFilteredTablesWithTheirSequences() {
        SchemaModel all = read(ReflectOptions.defaults());
        assertTrue(all.table("spring_session_attributes").isPresent(), "nothing filtered without patterns");
        assertTrue(all.sequence("spring_session_attributes_id_seq").isEmpty(), "an owned sequence is its column's");
        assertTrue(all.table("spring_session_attributes").orElseThrow().columns().stream()
                .anyMatch(c -> c.ownedSequence() != null
                        && c.ownedSequence().name().equals("spring_session_attributes_id_seq")));
        assertFalse(all.table("retort_version").isPresent(), "the version table is never reflected");

        SchemaModel filtered = read(ReflectFixtures.RICH_OPTIONS);
        assertFalse(filtered.table("spring_session_attributes").isPresent());
        assertFalse(filtered.sequence("spring_session_attributes_id_seq").isPresent());

        SchemaModel otherVersionTable = read(ReflectOptions.defaults().withVersionTable("region"));
        assertTrue(otherVersionTable.table("retort_version").isPresent());
        assertFalse(otherVersionTable.table("region").isPresent());
    }

    @Test
    void identitySequencesBelongToTheirColumns() {
        SchemaModel model = read(ReflectFixtures.RICH_OPTIONS);
        assertFalse(model.sequence("customer_id_seq").isPresent());
        assertFalse(model.sequence("purchase_order_id_seq").isPresent());
    }

    @Test
    void readsAnotherSchemaWithUnqualifiedOwnTypesAndQualifiedForeignTables() {
        SchemaModel app = read(ReflectOptions.defaults().withSchema("app"));

        Table person = app.table("person").orElseThrow();
        assertEquals(SqlType.of("mood"), person.column("mood").orElseThrow().type());
        assertEquals(SqlType.of("mood").asArray(), person.column("moods").orElseThrow().type());
        assertEquals(new Identity(true, 1L, 1L), person.column("id").orElseThrow().identity());
        assertEquals(new ForeignKey("person_customer_fk", List.of("customer_id"), "customer", List.of("id"),
                ReferentialAction.RESTRICT, ReferentialAction.NO_ACTION, "public"), person.foreignKey("person_customer_fk")
                .orElseThrow());
        assertEquals(List.of(new Sequence("ticket_seq", 5, 1)), app.sequences());
        assertEquals(List.of(new EnumType("mood", List.of("sad", "happy"))), app.enums());
        assertEquals(List.of(Cast.implicitInout("varchar", "mood")), app.casts());
        assertEquals(Table.of("customer", List.of(notNull("id", t("bigint")))), app.table("customer").orElseThrow());
    }

    @Test
    void readsTheOtherSchemasAskedForWithTheirNamesAndNoOthers() {
        SchemaModel both = read(ReflectOptions.defaults().withOtherSchemas(List.of("app")));
        Table person = both.table("app", "person").orElseThrow();
        assertEquals("app", person.schema());
        // a reference back into the project's schema has no schema name, as the project's own tables have none
        assertEquals(new ForeignKey("person_customer_fk", List.of("customer_id"), "customer", List.of("id"),
                ReferentialAction.RESTRICT, ReferentialAction.NO_ACTION), person.foreignKey("person_customer_fk")
                .orElseThrow());
        assertEquals(List.of(new Sequence("ticket_seq", 5, 1, "app")),
                both.sequences().stream().filter(q -> q.schema() != null).toList());
        assertEquals(List.of("app"), both.schemas());
        // a type of the other schema keeps its schema: unqualified, DDL would look for it on the search path
        assertEquals(SqlType.of("app.mood"), person.column("mood").orElseThrow().type());
        assertEquals(SqlType.of("app.mood").asArray(), person.column("moods").orElseThrow().type());
        assertTrue(read(ReflectOptions.defaults()).tables().stream().allMatch(t -> t.schema() == null),
                "without other schemas, only the project's is read");
    }

    @Test
    void anUnknownSchemaIsEmpty() {
        assertEquals(SchemaModel.empty(), read(ReflectOptions.defaults().withSchema("no_such_schema")));
    }

    @Test
    void leavesTheConnectionOpen() throws Exception {
        try (Connection c = db.connect()) {
            new PgCatalogReader().read(c, ReflectOptions.defaults());
            assertFalse(c.isClosed());
        }
    }

    @Test
    void reportsAFailedQueryWithTheSchema() throws Exception {
        Connection closed = db.connect();
        closed.close();
        ReflectException e = assertThrows(ReflectException.class,
                () -> new PgCatalogReader().read(closed, ReflectOptions.defaults()));
        assertTrue(e.getMessage().contains("tables of schema public"), e.getMessage());
    }
}
