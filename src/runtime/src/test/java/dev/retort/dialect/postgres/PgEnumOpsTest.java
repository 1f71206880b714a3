package dev.retort.dialect.postgres;

import dev.retort.model.Cast;
import dev.retort.model.EnumType;
import dev.retort.model.SqlType;
import dev.retort.ops.AddEnumValue;
import dev.retort.ops.AlterColumnType;
import dev.retort.ops.CreateCast;
import dev.retort.ops.DropCast;
import dev.retort.ops.CreateEnumType;
import dev.retort.ops.DropEnumType;
import dev.retort.ops.DropEnumValue;
import dev.retort.runtime.exec.OperationFailedException;
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

class PgEnumOpsTest {
    TestDatabase db;

    @BeforeEach
    void open() {
        db = TestDatabases.create("pg_enum_ops");
        db.execute("""
                CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
                CREATE TABLE "user" (id integer, "order" mood DEFAULT 'ok' NOT NULL, history mood[] DEFAULT '{ok}',
                                     plain mood);
                CREATE TABLE other (m mood DEFAULT 'happy'::mood);
                INSERT INTO "user" VALUES (1, 'happy', '{ok,happy}', 'ok'), (2, 'ok', '{}', NULL);
                INSERT INTO other VALUES ('ok');
                """);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void createAndDropEnumType() {
        assertRoundTrip(db, new CreateEnumType(new EnumType("Status", List.of("new", "it's done"))),
                d -> assertEquals(List.of("new", "it's done"), Catalog.enumLabels(d, "Status")));
        apply(db, new CreateEnumType(new EnumType("select", List.of("a"))));
        assertRoundTrip(db, new DropEnumType("select", new EnumType("select", List.of("a"))),
                d -> assertEquals(List.of(), Catalog.enumLabels(d, "select")));
    }

    /** The casts between varchar and {@code type}, as {@code source>target:context/method}. */
    private List<String> casts(String type) {
        return db.column("SELECT castsource::regtype || '>' || casttarget::regtype || ':' || castcontext::text || '/' || castmethod::text"
                + " FROM pg_cast WHERE castsource = '" + type + "'::regtype OR casttarget = '" + type + "'::regtype"
                + " ORDER BY 1");
    }

    @Test
    void createAndDropImplicitCastsBetweenVarcharAndAnEnumType() {
        assertRoundTrip(db, new CreateCast(Cast.implicitInout("varchar", "mood")), d -> {
            assertEquals(List.of("character varying>mood:i/i"), casts("mood"));
            // what the cast is for: a varchar parameter written to an enum column
            d.execute("PREPARE q(varchar) AS INSERT INTO \"user\" (id, \"order\") VALUES (3, $1); EXECUTE q('sad');"
                    + " DEALLOCATE q");
            assertEquals(List.of("sad"), d.column("SELECT \"order\"::text FROM \"user\" WHERE id = 3"));
            d.execute("DELETE FROM \"user\" WHERE id = 3");
        });
        assertRoundTrip(db, new CreateCast(new Cast("mood", "varchar", Cast.Context.ASSIGNMENT, Cast.Method.INOUT, null)),
                d -> assertEquals(List.of("mood>character varying:a/i"), casts("mood")));
        apply(db, new CreateCast(Cast.implicitInout("varchar", "mood")));
        assertRoundTrip(db, new DropCast("varchar", "mood", Cast.implicitInout("varchar", "mood")),
                d -> assertEquals(List.of(), casts("mood")));
    }

    @Test
    void aCastOfAnEnumTypeInAnotherSchemaNamesTheSchema() {
        db.execute("CREATE SCHEMA app; CREATE TYPE app.level AS ENUM ('low', 'high')");
        assertRoundTrip(db, new dev.retort.ops.InSchema("app", new CreateCast(Cast.implicitInout("varchar", "level"))),
                d -> assertEquals(List.of("character varying>app.level:i/i"), casts("app.level")));
    }

    @Test
    void dropEnumTypeDropsItsCastsFirst() {
        db.execute("CREATE TYPE shade AS ENUM ('dark'); CREATE CAST (varchar AS shade) WITH INOUT AS IMPLICIT;"
                + " CREATE CAST (shade AS varchar) WITH INOUT AS IMPLICIT");
        apply(db, new DropEnumType("shade", null)); // written by hand: what the casts were is not known
        assertEquals(List.of(), Catalog.enumLabels(db, "shade"));
    }

    @Test
    void dropEnumValueKeepsTheCastsOfTheType() {
        apply(db, new CreateCast(Cast.implicitInout("varchar", "mood")),
                new CreateCast(new Cast("mood", "varchar", Cast.Context.ASSIGNMENT, Cast.Method.INOUT, null)));
        List<String> before = casts("mood");
        assertRoundTrip(db, new DropEnumValue("mood", "sad", "ok", null), d -> {
            assertEquals(List.of("ok", "happy"), Catalog.enumLabels(d, "mood"));
            assertEquals(before, casts("mood"));
        });
        assertEquals(List.of("character varying>mood:i/i", "mood>character varying:a/i"), casts("mood"));
    }

    @Test
    void addEnumValueBeforeAfterAndAtTheEnd() {
        assertRoundTrip(db, new AddEnumValue("mood", "angry", "ok", null),
                d -> assertEquals(List.of("sad", "angry", "ok", "happy"), Catalog.enumLabels(d, "mood")));
        assertRoundTrip(db, new AddEnumValue("mood", "calm", null, "sad"),
                d -> assertEquals(List.of("sad", "calm", "ok", "happy"), Catalog.enumLabels(d, "mood")));
        assertRoundTrip(db, new AddEnumValue("mood", "o'neill", null, null),
                d -> assertEquals(List.of("sad", "ok", "happy", "o'neill"), Catalog.enumLabels(d, "mood")));
    }

    @Test
    void dropEnumValueRebuildsTheTypeWithColumnsDefaultsAndArrays() {
        List<String> columnsBefore = columns();
        assertRoundTrip(db, new DropEnumValue("mood", "sad", "ok", null), d -> {
            assertEquals(List.of("ok", "happy"), Catalog.enumLabels(d, "mood"));
            assertEquals(columnsBefore, columns());
            assertEquals(List.of("1 happy {ok,happy} ok", "2 ok {} -"), d.column("SELECT id || ' ' || \"order\" || ' '"
                    + " || history::text || ' ' || coalesce(plain::text, '-') FROM \"user\" ORDER BY id"));
            assertEquals(List.of(), d.column("SELECT typname FROM pg_type WHERE typname LIKE '%retort%'"));
        });
        assertEquals(List.of("1 happy", "2 ok"), db.column("SELECT id || ' ' || \"order\" FROM \"user\" ORDER BY id"));
    }

    @Test
    void dropEnumValueOfAMixedCaseTypeAtTheEnd() {
        db.execute("CREATE TYPE \"Level\" AS ENUM ('low', 'high', 'it''s $$ max'); CREATE TABLE t (l \"Level\")");
        assertRoundTrip(db, new DropEnumValue("Level", "it's $$ max", null, "high"),
                d -> assertEquals(List.of("low", "high"), Catalog.enumLabels(d, "Level")));
    }

    @Test
    void dropEnumValueStillInUseFailsAndLeavesTheTypeAlone() {
        var e = assertThrows(OperationFailedException.class, () -> apply(db, new DropEnumValue("mood", "happy", null, "ok")));
        assertTrue(e.getMessage().contains("drop value 'happy' from enum type mood"), e.getMessage());
        assertTrue(e.getMessage().contains("invalid input value for enum"), e.getMessage());
        assertEquals(List.of("sad", "ok", "happy"), Catalog.enumLabels(db, "mood"));
    }

    @Test
    void dropMissingEnumValueNamesTypeAndValue() {
        var e = assertThrows(OperationFailedException.class, () -> apply(db, new DropEnumValue("mood", "meh", null, null)));
        assertTrue(e.getMessage().contains("cannot drop value meh from enum type mood: the type has no such value"),
                e.getMessage());
    }

    @Test
    void varcharToEnumConvertsWithUsing() {
        db.execute("CREATE TABLE notes (m varchar(10)); INSERT INTO notes VALUES ('ok')");
        AlterColumnType op = new AlterColumnType("notes", "m", SqlType.withLength("varchar", 10), SqlType.of("mood"), null);
        assertEquals(List.of("ALTER TABLE notes ALTER COLUMN m TYPE mood USING m::mood"), RoundTrip.dialect(db).toSql(op));
        assertEquals(List.of("ALTER TABLE notes ALTER COLUMN m TYPE varchar(10)"), RoundTrip.dialect(db).toSql(op.reverse()));
        assertRoundTrip(db, op, d -> assertEquals("mood", Catalog.columnType(d, "notes", "m")));
    }

    private List<String> columns() {
        return db.column("SELECT table_name || '.' || column_name || ' ' || udt_name || ' ' || coalesce(column_default, '-')"
                + " FROM information_schema.columns WHERE table_schema = 'public' ORDER BY 1");
    }
}
