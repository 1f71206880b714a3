package dev.retort.dialect.postgres;

import dev.retort.model.Column;
import dev.retort.model.Identity;
import dev.retort.model.SqlType;
import dev.retort.ops.AddColumn;
import dev.retort.ops.AlterColumnDefault;
import dev.retort.ops.AlterColumnIdentity;
import dev.retort.ops.AlterColumnNullable;
import dev.retort.ops.AlterColumnType;
import dev.retort.ops.DropColumn;
import dev.retort.ops.RenameColumn;
import dev.retort.ops.SetColumnComment;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.retort.dialect.postgres.RoundTrip.apply;
import static dev.retort.dialect.postgres.RoundTrip.assertRoundTrip;
import static org.junit.jupiter.api.Assertions.assertEquals;

class PgColumnOpsTest {
    static final SqlType INTEGER = SqlType.of("integer");
    static final SqlType BIGINT = SqlType.of("bigint");

    TestDatabase db;

    @BeforeEach
    void open() {
        db = TestDatabases.create("pg_column_ops");
        db.execute("""
                CREATE TABLE "user" (id integer NOT NULL, "order" varchar(50), code varchar(10), flag integer,
                                     note text DEFAULT 'none');
                INSERT INTO "user" VALUES (1, 'first', '42', 1, 'x');
                """);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private String type(String column) {
        return Catalog.columnType(db, "user", column);
    }

    @Test
    void addColumnWithDefaultNotNullAndComment() {
        Column column = Column.of("Status", SqlType.withLength("varchar", 10)).withNullable(false)
                .withDefault("'new'::character varying").withComment("order status");
        assertRoundTrip(db, new AddColumn("user", column), d -> {
            assertEquals("NO 'new'::character varying", Catalog.single(d, "SELECT is_nullable || ' ' || column_default"
                    + " FROM information_schema.columns WHERE table_name = 'user' AND column_name = 'Status'"));
            assertEquals("new", Catalog.single(d, "SELECT \"Status\" FROM \"user\""));
            assertEquals("order status", Catalog.single(d, "SELECT col_description('\"user\"'::regclass, 6)"));
        });
    }

    @Test
    void dropColumnIsUndoneByItsRecordedDefinition() {
        Column note = Column.of("note", SqlType.of("text")).withDefault("'none'::text");
        assertRoundTrip(db, new DropColumn("user", "note", note), d -> assertEquals(List.of(),
                d.column("SELECT column_name FROM information_schema.columns WHERE column_name = 'note'")));
    }

    @Test
    void renameColumnToAReservedWord() {
        assertRoundTrip(db, new RenameColumn("user", "code", "select"),
                d -> assertEquals("42", Catalog.single(d, "SELECT \"select\" FROM \"user\"")));
    }

    @Test
    void varcharToIntegerConvertsWithUsing() {
        AlterColumnType op = new AlterColumnType("user", "code", SqlType.withLength("varchar", 10), INTEGER, null);
        assertEquals(List.of("ALTER TABLE \"user\" ALTER COLUMN code TYPE integer USING code::integer"),
                RoundTrip.dialect(db).toSql(op));
        assertRoundTrip(db, op, d -> {
            assertEquals("integer", type("code"));
            assertEquals("43", Catalog.single(d, "SELECT code + 1 FROM \"user\""));
        });
    }

    @Test
    void explicitUsingExpressionIsKept() {
        AlterColumnType op = new AlterColumnType("user", "flag", INTEGER, SqlType.of("boolean"), "flag <> 0");
        assertRoundTrip(db, op, d -> assertEquals("t", Catalog.single(d, "SELECT flag FROM \"user\"")));
    }

    @Test
    void integerToBooleanNeedsAnExplicitCastAndBack() {
        AlterColumnType op = new AlterColumnType("user", "flag", INTEGER, SqlType.of("boolean"), null);
        assertEquals(List.of("ALTER TABLE \"user\" ALTER COLUMN flag TYPE boolean USING flag::boolean"),
                RoundTrip.dialect(db).toSql(op));
        assertEquals(List.of("ALTER TABLE \"user\" ALTER COLUMN flag TYPE integer USING flag::integer"),
                RoundTrip.dialect(db).toSql(op.reverse()));
        assertRoundTrip(db, op, d -> assertEquals("boolean", type("flag")));
    }

    @Test
    void wideningTypesNeedNoUsing() {
        AlterColumnType longer = new AlterColumnType("user", "order", SqlType.withLength("varchar", 50),
                SqlType.withLength("varchar", 100), null);
        assertEquals(List.of("ALTER TABLE \"user\" ALTER COLUMN \"order\" TYPE varchar(100)"),
                RoundTrip.dialect(db).toSql(longer));
        assertRoundTrip(db, longer, d -> assertEquals("character varying(100)", type("order")));
        AlterColumnType wider = new AlterColumnType("user", "id", INTEGER, BIGINT, null);
        assertEquals(List.of("ALTER TABLE \"user\" ALTER COLUMN id TYPE bigint"), RoundTrip.dialect(db).toSql(wider));
        assertRoundTrip(db, wider, d -> assertEquals("bigint", type("id")));
    }

    @Test
    void setAndDropNotNull() {
        String nullable = "SELECT is_nullable FROM information_schema.columns WHERE table_name = 'user' AND column_name = 'order'";
        assertRoundTrip(db, new AlterColumnNullable("user", "order", false), d -> assertEquals("NO", Catalog.single(d, nullable)));
        assertRoundTrip(db, new AlterColumnNullable("user", "id", true), d -> assertEquals("YES", Catalog.single(d,
                "SELECT is_nullable FROM information_schema.columns WHERE table_name = 'user' AND column_name = 'id'")));
    }

    @Test
    void setChangeAndDropDefault() {
        String def = "SELECT coalesce(column_default, '-') FROM information_schema.columns WHERE table_name = 'user'"
                + " AND column_name = ";
        assertRoundTrip(db, new AlterColumnDefault("user", "flag", null, "7", true),
                d -> assertEquals("7", Catalog.single(d, def + "'flag'")));
        assertRoundTrip(db, new AlterColumnDefault("user", "note", "'none'::text", "'other'::text", true),
                d -> assertEquals("'other'::text", Catalog.single(d, def + "'note'")));
        assertRoundTrip(db, new AlterColumnDefault("user", "note", "'none'::text", null, true),
                d -> assertEquals("-", Catalog.single(d, def + "'note'")));
    }

    @Test
    void addChangeAndDropIdentity() {
        String identity = "SELECT coalesce(identity_generation, '-') || ' ' || coalesce(identity_start, '-') || ' '"
                + " || coalesce(identity_increment, '-') FROM information_schema.columns WHERE table_name = 'user'"
                + " AND column_name = 'id'";
        AlterColumnIdentity add = new AlterColumnIdentity("user", "id", null, new Identity(true, 100L, 10L));
        assertRoundTrip(db, add, d -> assertEquals("ALWAYS 100 10", Catalog.single(d, identity)));

        apply(db, new AlterColumnIdentity("user", "id", null, Identity.byDefault()));
        AlterColumnIdentity change = new AlterColumnIdentity("user", "id", Identity.byDefault(),
                new Identity(true, 5L, 2L));
        assertRoundTrip(db, change, d -> assertEquals("ALWAYS 5 2", Catalog.single(d, identity)));
        AlterColumnIdentity drop = new AlterColumnIdentity("user", "id", Identity.byDefault(), null);
        assertRoundTrip(db, drop, d -> assertEquals("- - -", Catalog.single(d, identity)));
    }

    @Test
    void setAndRemoveColumnComment() {
        String comment = "SELECT coalesce(col_description('\"user\"'::regclass, 2), '-')";
        assertRoundTrip(db, new SetColumnComment("user", "order", null, "the 'order'", true),
                d -> assertEquals("the 'order'", Catalog.single(d, comment)));
        apply(db, new SetColumnComment("user", "order", null, "old", true));
        assertRoundTrip(db, new SetColumnComment("user", "order", "old", null, true),
                d -> assertEquals("-", Catalog.single(d, comment)));
    }
}
