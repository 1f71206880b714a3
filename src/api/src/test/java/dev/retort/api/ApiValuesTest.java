package dev.retort.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.util.List;

import static dev.retort.api.Schema.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The API's values: named steps build them, and a wrong value fails where it is built, naming it. */
class ApiValuesTest {

    private static String failure(Executable build) {
        return assertThrows(IllegalArgumentException.class, build).getMessage();
    }

    @Test
    void sequencesAreBuiltWithNamedSteps() {
        assertEquals(new Sequence("s", null, 1), sequence("s"));
        assertEquals(new Sequence("s", 1000L, 20), sequence("s").startWith(1000).incrementBy(20));
        assertEquals(sequence("s").startWith(1000).incrementBy(20), sequence("s", 1000, 20));
        assertEquals(1, sequence("s").startValue());
        assertEquals(-1, sequence("s").incrementBy(-1).startValue(), "PostgreSQL's start of a descending sequence");
        assertEquals(5, sequence("s").startWith(5).incrementBy(-1).startValue());
        assertEquals("sequence s has increment 0; a sequence counts up or down",
                failure(() -> sequence("s").incrementBy(0)));
        assertEquals("sequence name is missing", failure(() -> sequence(" ")));
    }

    @Test
    void identitiesAreBuiltWithNamedSteps() {
        assertEquals(new Identity(false, null, null), identity());
        assertEquals(new Identity(true, 1000L, 10L), identityAlways().startWith(1000).incrementBy(10));
        assertEquals("identity ALWAYS has increment 0; an identity counts up or down",
                failure(() -> identityAlways().incrementBy(0)));
        ColumnDef id = column("id", BIGINT).identity(identityAlways().startWith(5));
        assertEquals(new Identity(true, 5L, null), id.identityDefinition());
        assertEquals(false, id.allowsNull(), "an identity implies NOT NULL");
        assertEquals(new Identity(false, 1L, 1L), column("id", BIGINT).identity(1, 1).identityDefinition());
        assertEquals(new Sequence("t_id_seq", 1L, 1), column("id", INTEGER).ownsSequence("t_id_seq", 1, 1).ownedSequence());
    }

    @Test
    void definitionsHoldApiValues() {
        ForeignKeyDef fk = foreignKey("fk", "a").references("t", "id").onDelete(ReferentialAction.CASCADE)
                .initiallyDeferred();
        assertEquals(ReferentialAction.CASCADE, fk.onDelete());
        assertEquals(ReferentialAction.NO_ACTION, fk.onUpdate());
        assertEquals(Deferrable.INITIALLY_DEFERRED, fk.deferrability());
        IndexDef ix = index("ix", col("name").opclass("text_pattern_ops"), exprDesc("lower(x)")).unique()
                .nullsNotDistinct();
        assertEquals(List.of(new IndexKey("name", null, false, null, "text_pattern_ops"),
                new IndexKey(null, "lower(x)", true)), ix.keys());
        assertEquals(true, ix.isUnique() && ix.isNullsNotDistinct());
        assertEquals(Deferrable.INITIALLY_IMMEDIATE, primaryKey(null, "id").deferrable().deferrability());
        assertEquals(true, unique("uq", "a").nullsNotDistinct().isNullsNotDistinct());
        assertEquals(SqlType.withPrecision("numeric", 8, null), numeric(8));
        assertEquals("numeric(12,2)[]", arrayOf(numeric(12, 2)).toString());
        assertEquals(new Cast("varchar", "mood", Cast.Context.ASSIGNMENT, Cast.Method.INOUT, null),
                castWithInout("varchar", "mood", Cast.Context.ASSIGNMENT));
    }

    @Test
    void wrongValuesFailWhereTheyAreBuiltNamingThem() {
        assertEquals("column name is missing", failure(() -> column("", TEXT)));
        assertEquals("column c has no type", failure(() -> column("c", null)));
        assertEquals("type name is missing", failure(() -> type(" ")));
        assertEquals("type varchar has negative length -1", failure(() -> varchar(-1)));
        assertEquals("the modifiers of type geometry is blank", failure(() -> type("geometry", " ")));
        assertEquals("index ix has no keys", failure(() -> index("ix", new String[0])));
        assertEquals("an index key is either a column or an expression, got column=null expression=null",
                failure(() -> new IndexKey(null, null, false)));
        assertEquals("primary key pk has no columns", failure(() -> primaryKey("pk")));
        assertEquals("unique constraint name is missing", failure(() -> unique(null, "a")));
        assertEquals("check constraint ck has no expression", failure(() -> check("ck", " ")));
        assertEquals("foreign key fk has no columns", failure(() -> foreignKey("fk")));
        assertEquals("foreign key fk has 2 columns but references 1",
                failure(() -> foreignKey("fk", "a", "b").references("t", "id")));
        assertEquals("foreign key fk references table t but none of its columns",
                failure(() -> foreignKey("fk", "a").references("t")));
        assertEquals("cast (varchar as mood): a function is named exactly when the method is FUNCTION, method "
                + "INOUT, function f(x)", failure(() -> new Cast("varchar", "mood", Cast.Context.IMPLICIT,
                Cast.Method.INOUT, "f(x)")));
        assertEquals("column c: identity(null); leave the call out for none",
                failure(() -> column("c", BIGINT).identity((Identity) null)));
    }
}
