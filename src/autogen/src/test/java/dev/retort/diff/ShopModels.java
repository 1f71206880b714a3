package dev.retort.diff;

import dev.retort.model.*;

import java.util.List;

/** Hand-written versions of one shop schema, each a realistic step from the one before. */
public final class ShopModels {
    private ShopModels() {
    }

    static final SqlType BIGINT = SqlType.of("bigint");
    static final SqlType INTEGER = SqlType.of("integer");
    static final SqlType TEXT = SqlType.of("text");

    static SqlType varchar(int n) {
        return SqlType.withLength("varchar", n);
    }

    static SqlType numeric(int p, int s) {
        return SqlType.withPrecision("numeric", p, s);
    }

    static Column col(String name, SqlType type) {
        return Column.of(name, type);
    }

    static Column id() {
        return col("id", BIGINT).withNullable(false).withIdentity(Identity.byDefault());
    }

    public static List<SchemaModel> all() {
        return List.of(SchemaModel.empty(), v1(), v2(), v3(), v4());
    }

    /** Customers and orders. */
    public static SchemaModel v1() {
        Table customers = new Table("customers", List.of(id(),
                col("email", varchar(255)).withNullable(false),
                col("name", TEXT)),
                new PrimaryKey("pk_customers", List.of("id")),
                List.of(new UniqueConstraint("uq_customers_email", List.of("email"))), List.of(), List.of(),
                List.of(), null);
        Table orders = new Table("orders", List.of(id(),
                col("customer_id", BIGINT).withNullable(false),
                col("status", SqlType.of("order_status")).withNullable(false).withDefault("'new'::order_status"),
                col("amount", numeric(10, 2)).withNullable(false).withDefault("0")),
                new PrimaryKey("pk_orders", List.of("id")), List.of(),
                List.of(new CheckConstraint("ck_orders_amount", "amount >= 0")),
                List.of(new ForeignKey("fk_orders_customer", List.of("customer_id"), "customers", List.of("id"),
                        ReferentialAction.CASCADE, null)),
                List.of(Index.on("ix_orders_customer", false, "customer_id")), "Orders placed");
        return new SchemaModel(List.of(customers, orders), List.of(new Sequence("invoice_no", 1000, 1)),
                List.of(new EnumType("order_status", List.of("new", "paid", "shipped"))));
    }

    /**
     * Phone columns, a narrower e-mail, enum values added and reordered, a generated total, a changed
     * foreign key, an index with INCLUDE and predicate, the sequence altered.
     */
    public static SchemaModel v2() {
        Table customers = new Table("customers", List.of(id(),
                col("email", varchar(100)).withNullable(false).withComment("Login e-mail"),
                col("name", TEXT).withNullable(false),
                col("phone", varchar(20)),
                col("phone_verified", SqlType.of("boolean")).withNullable(false).withDefault("false")),
                new PrimaryKey("pk_customers", List.of("id")),
                List.of(new UniqueConstraint("uq_customers_email", List.of("email")),
                        new UniqueConstraint("uq_customers_phone", List.of("phone"))),
                List.of(), List.of(),
                List.of(new Index("ix_customers_lower_name", List.of(IndexKey.expression("lower(name)")), false,
                        null, List.of(), null)), "People who buy");
        Table orders = new Table("orders", List.of(id(),
                col("customer_id", BIGINT),
                col("status", SqlType.of("order_status")).withNullable(false).withDefault("'draft'::order_status"),
                col("amount", numeric(12, 2)).withNullable(false).withDefault("0"),
                col("total", numeric(12, 2)).withGenerated("amount * 1.21")),
                new PrimaryKey("pk_orders", List.of("id")), List.of(),
                List.of(new CheckConstraint("ck_orders_amount", "amount > 0")),
                List.of(new ForeignKey("fk_orders_customer", List.of("customer_id"), "customers", List.of("id"),
                        ReferentialAction.SET_NULL, null)),
                List.of(new Index("ix_orders_customer", List.of(IndexKey.column("customer_id")), false,
                        "customer_id IS NOT NULL", List.of("status"), null),
                        new Index("ix_orders_total", List.of(IndexKey.columnDesc("total")), false, null, List.of(),
                                null)), "Orders placed");
        return new SchemaModel(List.of(orders, customers), List.of(new Sequence("invoice_no", 1000, 10)),
                List.of(new EnumType("order_status", List.of("draft", "new", "shipped", "paid", "refunded"))));
    }

    /**
     * Items added with a composite key and foreign keys to both tables; the orders key becomes (id, region)
     * so the items foreign key is rebuilt; the generated total changes; a mood enum and a second sequence.
     */
    public static SchemaModel v3() {
        Table customers = new Table("customers", List.of(
                col("id", BIGINT).withNullable(false).withIdentity(Identity.generatedAlways()),
                col("email", varchar(100)).withNullable(false).withComment("Login e-mail"),
                col("name", TEXT).withNullable(false),
                col("phone", varchar(20)),
                col("phone_verified", SqlType.of("boolean")).withNullable(false).withDefault("false"),
                col("mood", SqlType.of("mood"))),
                new PrimaryKey("pk_customers", List.of("id")),
                List.of(new UniqueConstraint("uq_customers_email", List.of("email"))),
                List.of(), List.of(), List.of(), "People who buy");
        Table orders = new Table("orders", List.of(id(),
                col("region", SqlType.withLength("char", 2)).withNullable(false).withDefault("'EU'"),
                col("customer_id", BIGINT),
                col("status", SqlType.of("order_status")).withNullable(false),
                col("amount", numeric(12, 2)).withNullable(false).withDefault("0"),
                col("total", numeric(12, 2)).withGenerated("amount * 1.19")),
                new PrimaryKey("pk_orders", List.of("id", "region")),
                List.of(new UniqueConstraint("uq_orders_id", List.of("id"))),
                List.of(new CheckConstraint("ck_orders_total", "total < 1000000")),
                List.of(new ForeignKey("fk_orders_customer", List.of("customer_id"), "customers", List.of("id"),
                        ReferentialAction.SET_NULL, null)),
                List.of(Index.on("ix_orders_total", false, "total")), null);
        Table items = new Table("order_items", List.of(
                col("order_id", BIGINT).withNullable(false),
                col("region", SqlType.withLength("char", 2)).withNullable(false),
                col("line_no", INTEGER).withNullable(false).withDefault("nextval('line_no_seq'::regclass)"),
                col("sku", varchar(40)).withNullable(false)),
                new PrimaryKey("pk_order_items", List.of("order_id", "line_no")), List.of(), List.of(),
                List.of(new ForeignKey("fk_items_order", List.of("order_id", "region"), "orders",
                        List.of("id", "region"), ReferentialAction.CASCADE, ReferentialAction.CASCADE)),
                List.of(Index.on("ix_items_sku", false, "sku")), null);
        return new SchemaModel(List.of(customers, orders, items),
                List.of(new Sequence("invoice_no", 1000, 10), new Sequence("line_no_seq", 1, 1)),
                List.of(new EnumType("order_status", List.of("new", "paid", "shipped")),
                        new EnumType("mood", List.of("sad", "ok", "happy"))));
    }

    /**
     * Customers dropped (with the foreign key into them); orders keyed by id again; status becomes text;
     * mood and the invoice sequence are gone.
     */
    public static SchemaModel v4() {
        Table orders = new Table("orders", List.of(
                col("id", INTEGER).withNullable(false),
                col("region", SqlType.withLength("char", 2)).withNullable(false).withDefault("'EU'"),
                col("status", TEXT).withNullable(false).withDefault("'new'"),
                col("amount", numeric(12, 2)).withNullable(false)),
                new PrimaryKey("orders_pkey", List.of("id")), List.of(), List.of(), List.of(), List.of(), null);
        Table items = new Table("order_items", List.of(
                col("order_id", INTEGER).withNullable(false),
                col("line_no", INTEGER).withNullable(false).withDefault("nextval('line_no_seq'::regclass)"),
                col("sku", varchar(40)).withNullable(false),
                col("qty", INTEGER).withNullable(false).withDefault("1")),
                new PrimaryKey("pk_order_items", List.of("order_id", "line_no")), List.of(),
                List.of(new CheckConstraint("ck_items_qty", "qty > 0")),
                List.of(new ForeignKey("fk_items_order", List.of("order_id"), "orders", List.of("id"),
                        ReferentialAction.CASCADE, null)),
                List.of(new Index("ix_items_sku", List.of(IndexKey.column("sku")), true, null, List.of(), "btree")),
                "Lines");
        return new SchemaModel(List.of(items, orders), List.of(new Sequence("line_no_seq", 1, 1)),
                List.of(new EnumType("order_status", List.of("new", "paid", "shipped"))));
    }
}
