package dev.retort.reflect;

import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PgUserTypesTest {

    private static final String DEFINITIONS = """
            SELECT n.nspname || '.' || t.typname || ' ' || t.typtype::text || ' '
                   || coalesce(pg_catalog.format_type(t.typbasetype, t.typtypmod), '') || ' '
                   || t.typnotnull::text || ' ' || coalesce(t.typdefault, '') || ' '
                   || coalesce((SELECT string_agg(conname || ' ' || pg_get_constraintdef(c.oid), ', ' ORDER BY conname)
                                FROM pg_constraint c WHERE c.contypid = t.oid), '') || ' '
                   || coalesce((SELECT string_agg(enumlabel, ',' ORDER BY enumsortorder) FROM pg_enum
                                WHERE enumtypid = t.oid), '') || ' '
                   || coalesce((SELECT string_agg(attname || ' ' || format_type(atttypid, atttypmod), ',' ORDER BY attnum)
                                FROM pg_attribute WHERE attrelid = t.typrelid AND attnum > 0), '')
            FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
            WHERE n.nspname IN ('public', 'app') AND t.typtype IN ('d', 'e', 'c') AND t.typname NOT LIKE '\\_%'
            ORDER BY 1
            """;

    @Test
    void domainsEnumsAndCompositeTypesAreDefinedAsOnTheSource() throws Exception {
        List<String> statements;
        List<String> source;
        try (TestDatabase db = TestDatabases.create("usertypes_src")) {
            db.execute("""
                    CREATE EXTENSION citext;
                    CREATE SCHEMA app;
                    CREATE DOMAIN phone_number AS varchar(20) CHECK (VALUE ~ '^[0-9+ ]+$');
                    CREATE DOMAIN app.mobile AS phone_number NOT NULL DEFAULT '+00' CONSTRAINT mobile_plus CHECK (VALUE LIKE '+%');
                    CREATE DOMAIN email AS citext;
                    CREATE TYPE app."Mood" AS ENUM ('sad', 'ok', 'it''s fine');
                    CREATE TYPE money_amount AS (amount numeric(12,2), currency char(3))
                    """);
            source = db.column(DEFINITIONS);
            try (Connection c = db.connect()) {
                statements = PgUserTypes.createStatements(c, List.of("app.mobile", "email", "app.\"Mood\"",
                        "money_amount", "citext", "integer", "varchar(20)", "no_such_type"));
            }
        }
        try (TestDatabase copy = TestDatabases.create("usertypes_copy")) {
            copy.execute("CREATE EXTENSION citext");
            try (Connection c = copy.connect(); Statement s = c.createStatement()) {
                for (String sql : statements) {
                    s.execute(sql);
                }
            }
            assertEquals(source, copy.column(DEFINITIONS), String.join("\n", statements));
        }
    }

    @Test
    void theModelNamesTheTypesThatMayBeUserDefined() {
        dev.retort.model.SchemaModel model = new dev.retort.model.SchemaModel(List.of(dev.retort.model.Table.of("t",
                List.of(dev.retort.model.Column.of("a", dev.retort.model.SqlType.of("phone_number")),
                        dev.retort.model.Column.of("b", dev.retort.model.SqlType.of("app.Mood").asArray()),
                        dev.retort.model.Column.of("c", dev.retort.model.SqlType.withLength("varchar", 20)),
                        dev.retort.model.Column.of("d", dev.retort.model.SqlType.of("integer")),
                        dev.retort.model.Column.of("e", dev.retort.model.SqlType.of("mood")),
                        dev.retort.model.Column.of("f", dev.retort.model.SqlType.withModifiers("geometry", "Point,4326"))))),
                List.of(), List.of(new dev.retort.model.EnumType("mood", List.of("sad", "ok"))));
        assertEquals(List.of("phone_number", "app.\"Mood\"", "geometry"), PgUserTypes.referencedBy(model));
    }
}
