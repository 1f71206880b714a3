package dev.retort.render;

import dev.retort.diff.SchemaDiff;
import dev.retort.diff.ShopModels;
import dev.retort.model.*;
import dev.retort.ops.*;

import java.time.Instant;
import java.util.List;

/**
 * Representative migrations for the golden files: together they use every operation kind, every type
 * shape and every table element the API can state.
 */
final class RenderCases {
    private RenderCases() {
    }

    record RenderCase(MigrationHeader header, List<MigrationOp> upgrade) {
        String className() {
            return header.className();
        }

        @Override
        public String toString() {
            return header.className();
        }
    }

    static List<RenderCase> all() {
        return List.of(createShop(), alterColumns(), constraintsAndIndexes(), tablesSequencesEnums(),
                irreversible(), empty(), fromDiff(), namesAndAttributes(),
                extensionTypes(), twoSchemas(), retiredSchema(), handBuiltAttributes());
    }

    private static MigrationHeader header(String id, String parent, String message, String created) {
        return MigrationHeader.of(id, parent == null ? List.of() : List.of(parent), message, Instant.parse(created));
    }

    static SqlType t(String name) {
        return SqlType.of(name);
    }

    static Column col(String name, SqlType type) {
        return Column.of(name, type);
    }

    static Table customers() {
        return new Table("customers", List.of(
                col("id", t("bigint")).withIdentity(Identity.byDefault()).withNullable(false),
                col("email", SqlType.withLength("varchar", 255)).withNullable(false),
                col("name", t("text")),
                col("created_at", SqlType.withPrecision("timestamptz", 6, null)).withNullable(false)
                        .withDefault("now()"),
                col("balance", SqlType.withPrecision("numeric", 12, 2)).withDefault("0"),
                col("tags", t("text").asArray()),
                col("score", t("double precision")),
                col("external_id", t("uuid")).withDefault("gen_random_uuid()")),
                new PrimaryKey("pk_customers", List.of("id")),
                List.of(new UniqueConstraint("uq_customers_email", List.of("email"))),
                List.of(new CheckConstraint("ck_customers_balance", "balance >= 0")),
                List.of(), List.of(), "People who buy things");
    }

    static Table orders() {
        return new Table("orders", List.of(
                col("id", t("bigint")).withIdentity(Identity.generatedAlways()).withNullable(false),
                col("customer_id", t("bigint")).withNullable(false),
                col("status", t("order_status")).withNullable(false).withDefault("'new'::order_status"),
                col("quantity", t("integer")).withNullable(false),
                col("unit_price", SqlType.withPrecision("numeric", 10, 2)).withNullable(false),
                col("total", SqlType.withPrecision("numeric", 12, 2))
                        .withGenerated("quantity * unit_price"),
                col("currency", SqlType.withLength("char", 3)).withDefault("'EUR'"),
                col("note", t("varchar")).withComment("It's \"free\" text,\nwritten by the customer \\ shop"),
                col("weight", SqlType.withPrecision("numeric", 8, null)),
                col("raw", t("numeric")),
                col("shipped_at", SqlType.withPrecision("timestamp", 3, null)),
                col("grid", t("integer").asArray().asArray()),
                col("payload", t("jsonb"))),
                new PrimaryKey("pk_orders", List.of("id")), List.of(), List.of(), List.of(), List.of(), null);
    }

    static Table invoices() {
        return new Table("invoices", List.of(
                col("no", t("integer")).withIdentity(new Identity(false, 1000L, 10L)).withNullable(false),
                col("order_id", t("bigint")).withNullable(false),
                col("issued_on", t("date")).withNullable(false)),
                new PrimaryKey(null, List.of("no")), List.of(), List.of(),
                List.of(new ForeignKey("fk_invoices_order", List.of("order_id"), "orders", List.of("id"),
                        ReferentialAction.RESTRICT, null)),
                List.of(Index.on("ix_invoices_order", false, "order_id")), null);
    }

    private static RenderCase createShop() {
        return new RenderCase(header("3f2a9c1b7d04", null, "Create the shop", "2026-11-21T08:00:00Z"), List.of(
                new CreateEnumType(new EnumType("order_status", List.of("new", "paid", "shipped"))),
                new CreateCast(Cast.implicitInout("varchar", "order_status")),
                new CreateCast(Cast.implicitInout("order_status", "varchar")),
                new CreateSequence(new Sequence("invoice_no", 1000, 1)),
                new CreateTable(customers()),
                new CreateTable(orders()),
                new CreateTable(invoices()),
                new AddForeignKey("orders", new ForeignKey("fk_orders_customer", List.of("customer_id"),
                        "customers", List.of("id"), ReferentialAction.CASCADE, ReferentialAction.RESTRICT)),
                new CreateIndex("orders", Index.on("ix_orders_customer", false, "customer_id"), false),
                new CreateIndex("orders", new Index("ix_orders_status_created",
                        List.of(IndexKey.column("status"), IndexKey.columnDesc("shipped_at")), false,
                        "status <> 'paid'::order_status", List.of("total"), "btree"), false),
                new CreateIndex("customers", new Index("ux_customers_lower_email",
                        List.of(IndexKey.expression("lower((email)::text)"),
                                new IndexKey(null, "coalesce(name, '')", true)), true, null, List.of(), null),
                        false),
                new CreateTable(Table.of("audit_marker", List.of()))));
    }

    private static RenderCase alterColumns() {
        return new RenderCase(header("8b41d0e2c9aa", "3f2a9c1b7d04", "Add phone verified to users",
                "2026-11-21T09:00:00Z"), List.of(
                new AddColumn("customers", col("phone", SqlType.withLength("varchar", 20))),
                new AddColumn("customers", col("phone_verified", t("boolean")).withNullable(false)
                        .withDefault("false")),
                new AddColumn("customers", col("country", SqlType.withLength("char", 2)).withNullable(false)),
                new DropColumn("customers", "fax", col("fax", t("text")).withComment("nobody faxes")),
                new RenameColumn("customers", "name", "full_name"),
                new AlterColumnType("customers", "email", SqlType.withLength("varchar", 255),
                        SqlType.withLength("varchar", 100), null),
                new AlterColumnType("orders", "customer_id", t("integer"), t("bigint"), null),
                new AlterColumnType("customers", "notes", SqlType.withLength("varchar", 100), t("text"), null),
                new AlterColumnType("orders", "legacy_total", t("text"), SqlType.withPrecision("numeric", 12, 2),
                        "legacy_total::numeric(12,2)"),
                new AlterColumnNullable("customers", "phone", false),
                new AlterColumnNullable("customers", "full_name", true),
                new AlterColumnDefault("customers", "created_at", null, "now()", true),
                new AlterColumnDefault("customers", "balance", "0", null, true),
                new AlterColumnIdentity("customers", "id", Identity.byDefault(), Identity.generatedAlways()),
                new AlterColumnIdentity("invoices", "no", null, new Identity(false, 1000L, null)),
                new SetColumnComment("customers", "email", null, "Login e-mail", true),
                new SetTableComment("customers", "People", "People who buy things", true)));
    }

    private static RenderCase constraintsAndIndexes() {
        ForeignKey fk = new ForeignKey("fk_orders_customer", List.of("customer_id"), "customers", List.of("id"),
                ReferentialAction.CASCADE, null);
        return new RenderCase(header("c0ffee00d00d", "8b41d0e2c9aa", "Constraints & indexes (round 2)",
                "2026-11-21T10:00:00Z"), List.of(
                new DropForeignKey("orders", "fk_orders_customer", fk),
                new AddPrimaryKey("order_lines", new PrimaryKey("pk_order_lines", List.of("order_id", "line_no"))),
                new DropPrimaryKey("legacy", "pk_legacy", new PrimaryKey("pk_legacy", List.of("id"))),
                new AddUniqueConstraint("customers", new UniqueConstraint("uq_customers_phone", List.of("phone"))),
                new DropUniqueConstraint("customers", "uq_customers_email",
                        new UniqueConstraint("uq_customers_email", List.of("email"))),
                new AddCheckConstraint("orders", new CheckConstraint("ck_orders_total", "total >= 0")),
                new DropCheckConstraint("orders", "ck_orders_old", new CheckConstraint("ck_orders_old", "id > 0")),
                new CreateIndex("orders", Index.on("ix_orders_created", false, "created_at"), false),
                new CreateIndex("customers", new Index("ux_customers_lower_email",
                        List.of(IndexKey.expression("lower(email)")), true, "deleted_at IS NULL",
                        List.of("id", "name"), null), true),
                new DropIndex("orders", "ix_orders_legacy", new Index("ix_orders_legacy",
                        List.of(IndexKey.column("legacy")), false, null, List.of(), "hash"), true),
                new AddForeignKey("orders", new ForeignKey("fk_orders_customer", List.of("customer_id"),
                        "customers", List.of("id"), ReferentialAction.SET_NULL, ReferentialAction.SET_DEFAULT))));
    }

    private static RenderCase tablesSequencesEnums() {
        MigrationHeader merge = new MigrationHeader("d1e2f3a4b5c6", List.of("c0ffee00d00d", "77aa88bb99cc"),
                "Merge heads; rename order_lines", Instant.parse("2026-11-21T11:00:00Z"), List.of("shop"),
                List.of("0a0b0c0d0e0f"), MigrationNames.className(Instant.parse("2026-11-21T11:00:00Z"),
                "Merge heads; rename order_lines"));
        return new RenderCase(merge, List.of(
                new RenameTable("order_lines", "order_items"),
                new DropTable("legacy", new Table("legacy", List.of(col("id", t("integer")).withNullable(false),
                        col("data", t("bytea"))), new PrimaryKey("pk_legacy", List.of("id")), List.of(), List.of(),
                        List.of(), List.of(Index.on("ix_legacy_data", false, "data")), "old stuff")),
                new DropSequence("old_seq", new Sequence("old_seq", 1, 1)),
                new AlterSequence("invoice_no", new Sequence("invoice_no", 1000, 1),
                        new Sequence("invoice_no", 3_000_000_000L, 5)),
                new AddEnumValue("order_status", "refunded", null, "shipped"),
                new AddEnumValue("order_status", "draft", "new", null),
                new AddEnumValue("order_status", "archived", null, null),
                new DropEnumValue("order_status", "cancelled", "refunded", "shipped"),
                new DropCast("varchar", "old_mood", Cast.implicitInout("varchar", "old_mood")),
                new DropCast("old_mood", "varchar", new Cast("old_mood", "varchar", Cast.Context.ASSIGNMENT,
                        Cast.Method.FUNCTION, "old_mood_text(old_mood)")),
                new DropEnumType("old_mood", new EnumType("old_mood", List.of("sad", "ok", "happy"))),
                new CreateEnumType(new EnumType("empty_kind", List.of())),
                new CreateCast(new Cast("varchar", "empty_kind", Cast.Context.ASSIGNMENT, Cast.Method.INOUT, null)),
                new ExecuteSql("UPDATE orders SET status = 'paid' WHERE total = 0",
                        "UPDATE orders SET status = 'new' WHERE total = 0")));
    }

    private static RenderCase irreversible() {
        return new RenderCase(header("e5e5e5e5e5e5", "d1e2f3a4b5c6", "Backfill phones from contacts",
                "2026-11-21T12:00:00Z"), List.of(
                new AddColumn("customers", col("mobile", SqlType.withLength("varchar", 20))),
                new RunJdbc("copy phone numbers from contacts", connection -> { }),
                new ExecuteSql("DELETE FROM sessions\nWHERE expires_at < now()", null),
                new AlterColumnType("customers", "notes", null, t("text"), null),
                new AlterColumnDefault("customers", "mobile", null, "''", false),
                new SetColumnComment("customers", "mobile", null, "E.164 \\u000a number", false),
                new SetTableComment("customers", null, "Customers */ and \u00e9l\u00e8ves", false),
                new DropColumn("customers", "fax", null)));
    }

    /** What the diff emits for a realistic schema change, rendered as the user would see it. */
    private static RenderCase fromDiff() {
        return new RenderCase(header("ab12cd34ef56", "f00000000001", "Items, regions and moods",
                "2026-11-21T14:00:00Z"), SchemaDiff.diff(ShopModels.v3(), ShopModels.v2()));
    }

    private static RenderCase empty() {
        return new RenderCase(header("f00000000001", "e5e5e5e5e5e5", "", "2026-11-21T13:00:00Z"), List.of());
    }

    /** Keys, constraints and indexes that differ from the entities only by name, on a hand-built schema. */
    private static RenderCase namesAndAttributes() {
        return new RenderCase(header("20a0b0c0d0e0", "ab12cd34ef56", "Adopt the entities' constraint names",
                "2026-11-21T15:00:00Z"), List.of(
                new RenameConstraint("customers", "customers_pkey", "pk_customers"),
                new RenameConstraint("customers", "customers_email_key", "uq_customers_email"),
                new RenameConstraint("orders", "orders_customer_id_fkey", "fk_orders_customer"),
                new RenameConstraint("customers", "customers_balance_check", "ck_customers_balance"),
                new RenameIndex("orders", "orders_customer_idx", "ix_orders_customer")));
    }

    /** Types of extensions and domains, modifiers kept verbatim, schema-qualified names, extension defaults. */
    private static RenderCase extensionTypes() {
        Table places = new Table("places", List.of(
                col("id", t("uuid")).withNullable(false).withDefault("gen_random_uuid()"),
                col("legacy_id", t("uuid")).withDefault("uuid_generate_v4()"),
                col("email", t("citext")).withNullable(false),
                col("attributes", t("hstore")),
                col("path", t("ltree")),
                col("trail", t("ltree").asArray()),
                col("location", SqlType.withModifiers("geometry", "Point,4326")),
                col("stops", SqlType.withModifiers("geography", "Point,4326").asArray()),
                col("embedding", SqlType.withModifiers("extensions.vector", "3")),
                col("nick", t("extensions.citext")),
                col("phone", t("phone_number")),
                col("wait", SqlType.withModifiers("interval day to second", "3"))),
                new PrimaryKey("places_pkey", List.of("id")), List.of(),
                List.of(new CheckConstraint("places_path_check", "nlevel(path) < 10")), List.of(),
                List.of(new Index("places_email_key", List.of(IndexKey.column("email")), true, null, List.of(), null)),
                null);
        return new RenderCase(header("c1d2e3f4a5b6", "ab12cd34ef56", "Extension types", "2026-12-01T12:00:00Z"),
                List.of(new CreateTable(places),
                        new AlterColumnType("customers", "name", t("text"), t("citext"), null),
                        new AddColumn("customers", col("home", SqlType.withModifiers("geometry", "Point,4326")))));
    }

    /**
     * Tables of two schemas from the diff: the project's own (unqualified) and reporting, which does not exist yet,
     * with a sequence and an index there, a foreign key within reporting and one from the project's schema into it.
     */
    private static RenderCase twoSchemas() {
        Table report = new Table("report", List.of(col("id", t("bigint")).withNullable(false),
                col("title", SqlType.withLength("varchar", 120)).withNullable(false)),
                new PrimaryKey("report_pkey", List.of("id")), List.of(), List.of(), List.of(),
                List.of(new Index("report_title_idx", List.of(IndexKey.column("title")), false, null, List.of(), null)),
                null, "reporting");
        Table line = new Table("report_line", List.of(col("id", t("bigint")).withNullable(false),
                col("report_id", t("bigint")).withNullable(false)),
                new PrimaryKey("report_line_pkey", List.of("id")), List.of(), List.of(),
                List.of(new ForeignKey("fk_line_report", List.of("report_id"), "report", List.of("id"),
                        ReferentialAction.CASCADE, null, "reporting")), List.of(), null, "reporting");
        Table order = new Table("purchase_order", List.of(col("id", t("bigint")).withNullable(false),
                col("report_id", t("bigint"))),
                new PrimaryKey("purchase_order_pkey", List.of("id")), List.of(), List.of(),
                List.of(new ForeignKey("fk_order_report", List.of("report_id"), "report", List.of("id"),
                        null, null, "reporting")), List.of(), null);
        SchemaModel desired = new SchemaModel(List.of(report, line, order),
                List.of(new Sequence("report_seq", 1, 50, "reporting")), List.of());
        return new RenderCase(header("5c4e3a2b1d0f", "c1d2e3f4a5b6", "Reports in their own schema",
                "2026-12-02T06:00:00Z"), SchemaDiff.diff(desired, SchemaModel.empty()));
    }

    /** A schema emptied and dropped by hand (the diff never drops a schema); the downgrade creates both again. */
    private static RenderCase retiredSchema() {
        Table archived = new Table("old_report", List.of(col("id", t("bigint")).withNullable(false)),
                new PrimaryKey("old_report_pkey", List.of("id")), List.of(), List.of(), List.of(), List.of(), null,
                "archive");
        return new RenderCase(header("6d5f4b3c2e1a", "5c4e3a2b1d0f", "Retire the archive schema",
                "2026-12-02T07:00:00Z"), List.of(new InSchema("archive", new DropTable("old_report", archived)),
                new DropSchema("archive")));
    }

    /**
     * What a hand-built schema adds to keys, constraints, columns and indexes: deferrable, MATCH FULL, NULLS NOT
     * DISTINCT, collations and operator classes, stated only where set.
     */
    private static RenderCase handBuiltAttributes() {
        Table seats = new Table("seats", List.of(
                col("id", t("bigint")).withNullable(false),
                col("row_no", t("integer")).withNullable(false),
                col("seat_no", t("integer")).withNullable(false),
                col("code", SqlType.withLength("varchar", 20)).withCollation("C"),
                col("hall_id", t("bigint"))),
                new PrimaryKey("seats_pkey", List.of("id"), Deferrable.INITIALLY_IMMEDIATE),
                List.of(new UniqueConstraint("uq_seats_row_seat", List.of("row_no", "seat_no"),
                                Deferrable.INITIALLY_DEFERRED, false),
                        new UniqueConstraint("uq_seats_code", List.of("code"), Deferrable.NOT_DEFERRABLE, true)),
                List.of(),
                List.of(new ForeignKey("fk_seats_hall", List.of("hall_id"), "halls", List.of("id"),
                        ReferentialAction.CASCADE, null, Deferrable.INITIALLY_DEFERRED, true)),
                List.of(new Index("ix_seats_code_prefix", List.of(IndexKey.column("code").withOpclass("text_pattern_ops")),
                                false, null, List.of(), null),
                        new Index("ux_seats_hall_code", List.of(IndexKey.column("hall_id"),
                                IndexKey.column("code").withCollation("POSIX")), true, null, List.of(), null, true, true)),
                null);
        return new RenderCase(header("d4e5f6a7b8c9", "c1d2e3f4a5b6", "Hand-built attributes", "2026-12-02T06:00:00Z"),
                List.of(new CreateTable(seats),
                        new DropUniqueConstraint("halls", "uq_halls_name", new UniqueConstraint("uq_halls_name",
                                List.of("name"), Deferrable.INITIALLY_DEFERRED, true)),
                        new DropPrimaryKey("halls", "halls_pkey", new PrimaryKey("halls_pkey", List.of("id"),
                                Deferrable.INITIALLY_IMMEDIATE)),
                        new DropIndex("halls", "ix_halls_name_trgm", new Index("ix_halls_name_trgm",
                                List.of(IndexKey.expression("lower(name)").withOpclass("gin_trgm_ops")), false, null,
                                List.of(), "gin"), false),
                        new AddColumn("halls", col("label", t("text")).withCollation("en_US.utf8")),
                        new AlterColumnType("halls", "name", SqlType.withLength("varchar", 100),
                                SqlType.withLength("varchar", 100), null, null, "C"),
                        new AlterColumnType("halls", "name", SqlType.withLength("varchar", 100),
                                SqlType.withLength("varchar", 200), null, "C", "C")));
    }
}
