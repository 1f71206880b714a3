package dev.retort.scan;

import dev.retort.model.Column;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.retort.scan.ModelAssertions.check;
import static dev.retort.scan.ModelAssertions.column;
import static dev.retort.scan.ModelAssertions.foreignKey;
import static dev.retort.scan.ModelAssertions.index;
import static dev.retort.scan.ModelAssertions.table;
import static dev.retort.scan.ModelAssertions.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Entity set {@code shop}: columns with length, precision and scale, nullability, defaults, comments, identity
 * and sequence ids, {@code @SecondaryTable}, {@code @IdClass}, {@code @EmbeddedId}, embedded overrides, named
 * foreign keys with {@code @OnDelete}, unique constraints and indexes, Hibernate and JPA checks, enum checks,
 * {@code @Lob} and temporal types.
 */
class ShopScanTest {
    static ScanResult result;
    static SchemaModel model;

    @BeforeAll
    static void scan() {
        result = EntitySets.scan("shop");
        model = result.model();
    }

    @Test
    void findsTheEntitiesButNotTheirHelpers() {
        assertEquals(List.of("shop.Customer", "shop.OrderLine", "shop.PurchaseOrder", "shop.Shipment"),
                result.entityClasses());
        assertEquals(List.of("customer_details", "customers", "order_lines", "purchase_orders", "shipment"),
                model.tables().stream().map(Table::name).sorted().toList());
        assertNull(result.defaultSchema());
    }

    @Test
    void columnsCarryLengthPrecisionNullabilityAndDefaults() {
        Table customers = table(model, "customers");
        assertEquals(new Column("email", SqlType.withLength("varchar", 320), false, null, null, null, null),
                column(customers, "email"));
        assertEquals(SqlType.withPrecision("numeric", 12, 2), column(customers, "credit_limit").type());
        assertTrue(column(customers, "credit_limit").nullable());
        Column points = column(customers, "loyalty_points");
        assertEquals(SqlType.of("integer"), points.type());
        assertFalse(points.nullable());
        assertEquals("0", points.defaultExpression());
        assertEquals("'new'", column(customers, "source").defaultExpression());
        assertFalse(column(customers, "active").nullable(), "primitive boolean");
        assertEquals(SqlType.of("uuid"), column(customers, "external_id").type());
        assertEquals(SqlType.of("date"), column(customers, "birthday").type());
    }

    @Test
    void temporalTypesWithAndWithoutTimeZone() {
        Table customers = table(model, "customers");
        assertEquals(SqlType.withPrecision("timestamptz", 6, null), column(customers, "created_at").type(), "Instant");
        assertEquals(SqlType.withPrecision("timestamptz", 6, null), column(customers, "updated_at").type(),
                "OffsetDateTime");
        assertEquals(SqlType.withPrecision("timestamp", 6, null), column(customers, "last_login").type(),
                "LocalDateTime");
    }

    @Test
    void commentsFromHibernateAndJpa() {
        Table customers = table(model, "customers");
        assertEquals("People who buy things", customers.comment());
        assertEquals("free text kept by support", column(customers, "note").comment());
        assertEquals("E.164 phone number", column(customers, "phone").comment());
        assertNull(column(customers, "email").comment());
    }

    @Test
    void identityColumnAndPrimaryKeyNamedAsPostgresNamesIt() {
        Table customers = table(model, "customers");
        Column id = column(customers, "id");
        assertEquals(Identity.byDefault(), id.identity());
        assertFalse(id.nullable());
        assertEquals(SqlType.of("bigint"), id.type());
        assertEquals(new PrimaryKey("customers_pkey", List.of("id")), customers.primaryKey());
    }

    @Test
    void sequenceGeneratorWithStartAndAllocationSize() {
        assertEquals(List.of(new Sequence("order_seq", 1000, 25)), model.sequences());
        Column id = column(table(model, "purchase_orders"), "id");
        assertNull(id.identity());
        assertFalse(id.nullable());
    }

    @Test
    void secondaryTableWithLobsAndPrimaryKeyJoinColumn() {
        Table details = table(model, "customer_details");
        assertEquals(SqlType.of("oid"), column(details, "biography").type(), "@Lob String");
        assertEquals(SqlType.of("oid"), column(details, "photo").type(), "@Lob byte[]");
        assertEquals(SqlType.of("bytea"), column(details, "thumbnail").type(), "byte[]");
        assertEquals(new PrimaryKey("customer_details_pkey", List.of("customer_id")), details.primaryKey());
        ForeignKey fk = details.foreignKeys().get(0);
        assertEquals(List.of("customer_id"), fk.columns());
        assertEquals("customers", fk.referencedTable());
        assertEquals(List.of("id"), fk.referencedColumns());
        assertTrue(fk.name().matches("fk[0-9a-z]+"), "Hibernate's generated name, lower-cased: " + fk.name());
    }

    @Test
    void embeddedTwiceWithAttributeOverrides() {
        Table customers = table(model, "customers");
        for (String prefix : List.of("billing_", "shipping_")) {
            for (String part : List.of("street", "city", "zip")) {
                assertTrue(column(customers, prefix + part).nullable());
            }
        }
    }

    @Test
    void idClassAndEmbeddedIdMakeCompositePrimaryKeys() {
        Table lines = table(model, "order_lines");
        assertEquals(new PrimaryKey("order_lines_pkey", List.of("line_no", "order_id")), lines.primaryKey());
        assertFalse(column(lines, "line_no").nullable());
        Table shipment = table(model, "shipment");
        assertEquals(new PrimaryKey("shipment_pkey", List.of("carrier", "tracking_no")), shipment.primaryKey());
        assertEquals(SqlType.withLength("varchar", 20), column(shipment, "carrier").type());
        assertTrue(shipment.column("shippedat").isPresent(), "unquoted camelCase folds to lower case");
    }

    @Test
    void foreignKeysWithNamesAndOnDelete() {
        Table orders = table(model, "purchase_orders");
        assertEquals(new ForeignKey("fk_order_customer", List.of("customer_id"), "customers", List.of("id"),
                ReferentialAction.CASCADE, ReferentialAction.NO_ACTION), foreignKey(orders, "fk_order_customer"));
        ForeignKey referrer = orders.foreignKeys().stream().filter(f -> f.columns().equals(List.of("referrer_id")))
                .findFirst().orElseThrow();
        assertEquals(ReferentialAction.NO_ACTION, referrer.onDelete());
        assertTrue(referrer.name().startsWith("fk"));
        assertFalse(column(orders, "customer_id").nullable(), "optional = false");
        assertTrue(column(orders, "referrer_id").nullable());
        assertEquals("purchase_orders", foreignKey(table(model, "shipment"), "fk_shipment_order").referencedTable());
    }

    @Test
    void uniqueConstraintsFromColumnsTablesAndUniqueIndexes() {
        Table customers = table(model, "customers");
        assertEquals(List.of("customers_nickname_key", "uk_customer_tenant_email", "ux_customer_code"),
                customers.uniques().stream().map(UniqueConstraint::name).sorted().toList());
        assertEquals(List.of("nickname"), unique(customers, "customers_nickname_key").columns());
        assertEquals(List.of("tenant", "email"), unique(customers, "uk_customer_tenant_email").columns());
        assertEquals(List.of("code"), unique(customers, "ux_customer_code").columns(),
                "Hibernate 7 makes @Index(unique = true) a unique constraint");
    }

    @Test
    void indexesKeepColumnOrderAndDirection() {
        Table customers = table(model, "customers");
        assertEquals(List.of(IndexKey.column("last_name"), IndexKey.column("first_name")),
                index(customers, "ix_customer_name").keys());
        Index created = index(customers, "ix_customer_created_desc");
        assertEquals(List.of(IndexKey.columnDesc("created_at"), IndexKey.column("id")), created.keys());
        assertFalse(created.unique());
        assertEquals(2, customers.indexes().size());
    }

    @Test
    void checksFromHibernateAndJpaAnnotationsNamedAsPostgresNamesThem() {
        Table customers = table(model, "customers");
        assertEquals("loyalty_points >= 0", check(customers, "customers_loyalty_points_check").expression());
        Table orders = table(model, "purchase_orders");
        assertEquals("discount >= 0", check(orders, "purchase_orders_discount_nonneg").expression(),
                "@Column(check = @CheckConstraint)");
        assertEquals("discount <= total", check(orders, "purchase_orders_discount_le_total").expression(),
                "@Table(check = @CheckConstraint)");
        assertEquals("total >= 0 or discount = 0", check(orders, "purchase_orders_check").expression(),
                "an unnamed table check over two columns");
        assertEquals(3, orders.checks().size());
    }

    @Test
    void enumColumnsGetTheChecksHibernateGenerates() {
        Table customers = table(model, "customers");
        assertEquals(SqlType.withLength("varchar", 16), column(customers, "status").type());
        assertEquals("status in ('ACTIVE','SUSPENDED','CLOSED')", check(customers, "customers_status_check").expression());
        assertEquals(SqlType.of("smallint"), column(customers, "tier").type());
        assertEquals("tier between 0 and 2", check(customers, "customers_tier_check").expression());
        assertTrue(model.enums().isEmpty(), "@Enumerated makes no PostgreSQL enum type");
    }
}
