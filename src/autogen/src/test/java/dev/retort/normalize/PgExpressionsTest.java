package dev.retort.normalize;

import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PgExpressionsTest {

    @Test
    void elementCastsFoldIntoOneArrayCast() {
        assertEquals("((status)::text = ANY ((ARRAY['A'::character varying, 'B''s'::character varying])::text[]))",
                PgExpressions.canonical("((status)::text = ANY (ARRAY[('A'::character varying)::text, "
                        + "('B''s'::character varying)::text]))"));
    }

    @Test
    void otherExpressionsAreUntouched() {
        for (String e : new String[]{"(price >= (0)::numeric)", "(gift = ANY (ARRAY['N'::bpchar, 'Y'::bpchar]))",
                "ARRAY[(a)::text, (b)::integer]", "lower((email)::text)"}) {
            assertEquals(e, PgExpressions.canonical(e));
        }
        assertNull(PgExpressions.canonical(null));
    }

    /** The property the rule exists for, checked on PostgreSQL itself. */
    @Test
    void aCheckReadBackAndExecutedAgainComparesEqual() {
        try (TestDatabase db = TestDatabases.create("pgexpr")) {
            db.execute("create table t (status varchar(10) constraint c1 check (status in ('A','B')))");
            String first = db.column("select pg_get_expr(conbin, conrelid) from pg_constraint where conname = 'c1'").get(0);
            db.execute("create table u (status varchar(10) constraint c2 check " + first + ")");
            String second = db.column("select pg_get_expr(conbin, conrelid) from pg_constraint where conname = 'c2'").get(0);
            assertNotEquals(first, second, "PostgreSQL's deparse became idempotent; this rule may be obsolete");
            assertEquals(PgExpressions.canonical(first), PgExpressions.canonical(second));
        }
    }
}
