package dev.retort.dialect.postgres;

import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.ForeignKey;
import dev.retort.model.Identity;
import dev.retort.model.Index;
import dev.retort.model.IndexKey;
import dev.retort.model.PrimaryKey;
import dev.retort.model.ReferentialAction;
import dev.retort.model.SqlType;
import dev.retort.model.Table;
import dev.retort.model.UniqueConstraint;
import dev.retort.ops.CreateTable;
import dev.retort.ops.DropPrimaryKey;
import dev.retort.ops.DropTable;
import dev.retort.ops.RenameTable;
import dev.retort.ops.SetTableComment;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.retort.dialect.postgres.RoundTrip.apply;
import static dev.retort.dialect.postgres.RoundTrip.assertRoundTrip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PgTableOpsTest {
    static final SqlType BIGINT = SqlType.of("bigint");
    static final SqlType INTEGER = SqlType.of("integer");
    static final SqlType TEXT = SqlType.of("text");

    TestDatabase db;

    @BeforeEach
    void open() {
        db = TestDatabases.create("pg_table_ops");
    }

    @AfterEach
    void close() {
        db.close();
    }

    static Table customers() {
        return new Table("customers",
                List.of(Column.of("region", INTEGER).withNullable(false), Column.of("id", BIGINT).withNullable(false)),
                new PrimaryKey("pk_customers", List.of("region", "id")), List.of(), List.of(), List.of(), List.of(), null);
    }

    static Table orders() {
        return new Table("orders",
                List.of(Column.of("id", BIGINT).withIdentity(new Identity(false, 10L, 5L)).withNullable(false),
                        Column.of("region", INTEGER).withNullable(false),
                        Column.of("customer_id", BIGINT).withComment("who ordered"),
                        Column.of("status", SqlType.withLength("varchar", 20)).withNullable(false)
                                .withDefault("'new'::character varying"),
                        Column.of("net", SqlType.withPrecision("numeric", 12, 2)),
                        Column.of("gross", SqlType.withPrecision("numeric", 12, 2)).withGenerated("(net * 1.2)"),
                        Column.of("weight", SqlType.of("double precision"))),
                new PrimaryKey("pk_orders", List.of("id")),
                List.of(new UniqueConstraint("uq_orders_status_id", List.of("status", "id"))),
                List.of(new CheckConstraint("ck_orders_net", "(net >= (0)::numeric)")),
                List.of(new ForeignKey("fk_orders_customer", List.of("region", "customer_id"), "customers",
                        List.of("region", "id"), ReferentialAction.CASCADE, ReferentialAction.NO_ACTION)),
                List.of(new Index("ix_orders_customer", List.of(IndexKey.column("customer_id")), false, null, List.of(), null)),
                "customer orders");
    }

    @Test
    void createTableWithEverythingAndDropItAgain() {
        apply(db, new CreateTable(customers()));
        assertRoundTrip(db, new CreateTable(orders()), d -> {
            assertEquals(List.of(
                            "id bigint NO 10 5 BY DEFAULT NEVER -",
                            "region integer NO - - - NEVER -",
                            "customer_id bigint YES - - - NEVER -",
                            "status character varying NO - - - NEVER 'new'::character varying",
                            "net numeric YES - - - NEVER -",
                            "gross numeric YES - - - ALWAYS -",
                            "weight double precision YES - - - NEVER -"),
                    d.column("""
                            SELECT column_name || ' ' || data_type || ' ' || is_nullable || ' ' || coalesce(identity_start, '-')
                                   || ' ' || coalesce(identity_increment, '-') || ' ' || coalesce(identity_generation, '-')
                                   || ' ' || is_generated || ' ' || coalesce(column_default, '-')
                              FROM information_schema.columns WHERE table_name = 'orders' ORDER BY ordinal_position"""));
            assertEquals("(net * 1.2)", Catalog.single(d, "SELECT generation_expression FROM information_schema.columns"
                    + " WHERE table_name = 'orders' AND column_name = 'gross'"));
            assertEquals(List.of("ck_orders_net CHECK ((net >= (0)::numeric))",
                            "fk_orders_customer FOREIGN KEY (region, customer_id) REFERENCES customers(region, id) ON DELETE CASCADE",
                            "pk_orders PRIMARY KEY (id)",
                            "uq_orders_status_id UNIQUE (status, id)"),
                    Catalog.constraintDefs(d, "orders"));
            assertTrue(Catalog.indexDefs(d, "orders").contains(
                    "CREATE INDEX ix_orders_customer ON public.orders USING btree (customer_id)"));
            assertEquals("customer orders", Catalog.single(d, "SELECT obj_description('orders'::regclass, 'pg_class')"));
            assertEquals("who ordered", Catalog.single(d, "SELECT col_description('orders'::regclass, 3)"));
        });
    }

    @Test
    void eachStatementOfANewTableTakesAtMostFifteenLocks() throws Exception {
        // past 15 locks in one statement, PostgreSQL walks every lock of the transaction when the statement ends:
        // a migration of thousands of tables would grow quadratically
        List<UniqueConstraint> uniques = new java.util.ArrayList<>();
        List<Column> columns = new java.util.ArrayList<>(List.of(
                Column.of("id", BIGINT).withIdentity(Identity.byDefault()).withNullable(false),
                Column.of("note", TEXT)));
        for (int i = 1; i <= 7; i++) {
            columns.add(Column.of("code" + i, SqlType.withLength("varchar", 40)));
            uniques.add(new UniqueConstraint("uq_wide_code" + i, List.of("code" + i)));
        }
        Table wide = new Table("wide", columns, new PrimaryKey("pk_wide", List.of("id")), uniques,
                List.of(new CheckConstraint("ck_wide_note", "note <> ''")), List.of(), List.of(), null);
        List<String> statements = new PostgresDialect().toSql(new CreateTable(wide));
        assertEquals(4, statements.size(), "the table, then its 8 keys 3 at a time: " + statements);
        try (java.sql.Connection c = db.connect(); java.sql.Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            long before = locks(s);
            for (String sql : statements) {
                s.execute(sql);
                long taken = locks(s) - before;
                assertTrue(taken <= 15, taken + " locks taken by " + sql);
                c.commit();
            }
        }
        assertEquals(8, Catalog.constraintDefs(db, "wide").stream().filter(d -> d.contains("UNIQUE")
                || d.contains("PRIMARY KEY")).count());
    }

    /** The locks this session holds, less those of the query asking. */
    private static long locks(java.sql.Statement s) throws java.sql.SQLException {
        try (java.sql.ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_locks WHERE pid = pg_backend_pid()")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void dropTableIsUndoneByItsRecordedDefinition() {
        db.execute("""
                CREATE TABLE customers (region integer NOT NULL, id bigint NOT NULL,
                    CONSTRAINT pk_customers PRIMARY KEY (region, id));
                CREATE TABLE orders (
                    id bigint GENERATED BY DEFAULT AS IDENTITY (START WITH 10 INCREMENT BY 5) NOT NULL,
                    region integer NOT NULL,
                    customer_id bigint,
                    status varchar(20) DEFAULT 'new' NOT NULL,
                    net numeric(12,2),
                    gross numeric(12,2) GENERATED ALWAYS AS (net * 1.2) STORED,
                    weight float8,
                    CONSTRAINT pk_orders PRIMARY KEY (id),
                    CONSTRAINT uq_orders_status_id UNIQUE (status, id),
                    CONSTRAINT ck_orders_net CHECK (net >= 0));
                COMMENT ON TABLE orders IS 'customer orders';
                COMMENT ON COLUMN orders.customer_id IS 'who ordered';
                CREATE INDEX ix_orders_customer ON orders (customer_id);
                ALTER TABLE orders ADD CONSTRAINT fk_orders_customer FOREIGN KEY (region, customer_id)
                    REFERENCES customers (region, id) ON DELETE CASCADE;
                """);
        assertRoundTrip(db, new DropTable("orders", orders()), d ->
                assertEquals(List.of("customers"), d.column("SELECT relname FROM pg_class WHERE relkind = 'r'"
                        + " AND relnamespace = 'public'::regnamespace")));
    }

    @Test
    void reservedWordsAndMixedCaseAreQuoted() {
        Table user = new Table("user",
                List.of(Column.of("id", INTEGER).withNullable(false), Column.of("order", TEXT).withComment("it's reserved"),
                        Column.of("MixedCase", TEXT)),
                new PrimaryKey(null, List.of("id")), List.of(new UniqueConstraint("Uq_Order", List.of("order"))),
                List.of(new CheckConstraint("check", "(\"order\" <> ''::text)")), List.of(),
                List.of(new Index("ix_user_order", List.of(IndexKey.columnDesc("order"), IndexKey.column("MixedCase")),
                        false, null, List.of(), null)),
                "table named user");
        Table select = new Table("Select", List.of(Column.of("user", INTEGER)), null, List.of(), List.of(),
                List.of(new ForeignKey("FK_Select_User", List.of("user"), "user", List.of("id"),
                        ReferentialAction.SET_NULL, ReferentialAction.CASCADE)), List.of(), null);
        assertRoundTrip(db, new CreateTable(user), d -> {
            assertEquals(List.of("id", "order", "MixedCase"), d.column("SELECT attname FROM pg_attribute"
                    + " WHERE attrelid = '\"user\"'::regclass AND attnum > 0 ORDER BY attnum"));
            assertEquals(List.of("Uq_Order UNIQUE (\"order\")", "check CHECK ((\"order\" <> ''::text))",
                    "user_pkey PRIMARY KEY (id)"), Catalog.constraintDefs(d, "user"));
            assertEquals("it's reserved", Catalog.single(d, "SELECT col_description('\"user\"'::regclass, 2)"));
        });
        apply(db, new CreateTable(user));
        assertRoundTrip(db, new CreateTable(select), d -> assertEquals(
                List.of("FK_Select_User FOREIGN KEY (\"user\") REFERENCES \"user\"(id) ON UPDATE CASCADE ON DELETE SET NULL"),
                Catalog.constraintDefs(d, "Select")));
    }

    @Test
    void unnamedPrimaryKeyIsDroppedByPostgresqlsDefaultName() {
        PrimaryKey pk = new PrimaryKey(null, List.of("id"));
        apply(db, new CreateTable(Table.of("user", List.of(Column.of("id", INTEGER).withNullable(false))).withPrimaryKey(pk)));
        assertRoundTrip(db, new DropPrimaryKey("user", null, pk), d ->
                assertEquals(List.of(), Catalog.constraintDefs(d, "user")));
    }

    @Test
    void renameTable() {
        apply(db, new CreateTable(Table.of("things", List.of(Column.of("id", INTEGER)))));
        assertRoundTrip(db, new RenameTable("things", "Order"), d ->
                assertEquals(List.of("Order"), d.column("SELECT relname FROM pg_class WHERE relkind = 'r'"
                        + " AND relnamespace = 'public'::regnamespace")));
    }

    @Test
    void setTableCommentAndRemoveIt() {
        apply(db, new CreateTable(Table.of("things", List.of(Column.of("id", INTEGER)))));
        String description = "SELECT coalesce(obj_description('things'::regclass, 'pg_class'), '-')";
        assertRoundTrip(db, new SetTableComment("things", null, "Bob's things", true),
                d -> assertEquals("Bob's things", Catalog.single(d, description)));
        apply(db, new SetTableComment("things", null, "old", true));
        assertRoundTrip(db, new SetTableComment("things", "old", null, true),
                d -> assertEquals("-", Catalog.single(d, description)));
    }

    @Test
    void failureNamesTheOperationAndTheStatement() {
        var e = assertThrows(dev.retort.runtime.exec.OperationFailedException.class,
                () -> apply(db, new DropTable("missing", null)));
        assertTrue(e.getMessage().contains("drop table missing"), e.getMessage());
        assertEquals("DROP TABLE missing", e.sql());
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }
}
