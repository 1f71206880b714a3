package dev.retort.diff;

import dev.retort.model.*;
import dev.retort.ops.*;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.retort.diff.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Primary key, unique constraint and check constraint comparators. */
class KeyComparatorsTest {
    private static final Table T = table("t", notNull("id", INTEGER), notNull("code", TEXT), col("amount", INTEGER));

    @Test
    void primaryKeyAddedDroppedAndChanged() {
        PrimaryKey id = new PrimaryKey("pk_t", List.of("id"));
        PrimaryKey both = new PrimaryKey("pk_t", List.of("id", "code"));
        PrimaryKeyComparator pk = new PrimaryKeyComparator();
        assertEquals(List.of(new AddPrimaryKey("t", id)), compare(pk, T.withPrimaryKey(id), T));
        assertEquals(List.of(new DropPrimaryKey("t", "pk_t", id)), compare(pk, T, T.withPrimaryKey(id)));
        assertEquals(List.of(new DropPrimaryKey("t", "pk_t", id), new AddPrimaryKey("t", both)),
                compare(pk, T.withPrimaryKey(both), T.withPrimaryKey(id)));
        PrimaryKey renamed = new PrimaryKey("t_pkey", List.of("id"));
        assertEquals(List.of(new RenameConstraint("t", "pk_t", "t_pkey")),
                compare(pk, T.withPrimaryKey(renamed), T.withPrimaryKey(id)));
        assertEquals(List.of(), compare(pk, T.withPrimaryKey(id), T.withPrimaryKey(id)));
    }

    @Test
    void uniqueConstraintsByName() {
        UniqueConstraint code = new UniqueConstraint("uq_code", List.of("code"));
        UniqueConstraint codeAmount = new UniqueConstraint("uq_code", List.of("code", "amount"));
        UniqueConstraint other = new UniqueConstraint("uq_amount", List.of("amount"));
        UniqueConstraintComparator u = new UniqueConstraintComparator();
        assertEquals(List.of(new DropUniqueConstraint("t", "uq_amount", other),
                        new DropUniqueConstraint("t", "uq_code", code), new AddUniqueConstraint("t", codeAmount)),
                compare(u, T.withUniques(List.of(codeAmount)), T.withUniques(List.of(code, other))));
        assertEquals(List.of(new AddUniqueConstraint("t", other)),
                compare(u, T.withUniques(List.of(code, other)), T.withUniques(List.of(code))));
    }

    @Test
    void checksByNameAndExpression() {
        CheckConstraint positive = new CheckConstraint("ck_amount", "amount > 0");
        CheckConstraint nonNegative = new CheckConstraint("ck_amount", "amount >= 0");
        CheckConstraintComparator c = new CheckConstraintComparator();
        assertEquals(List.of(new DropCheckConstraint("t", "ck_amount", positive), new AddCheckConstraint("t", nonNegative)),
                compare(c, T.withChecks(List.of(nonNegative)), T.withChecks(List.of(positive))));
        assertEquals(List.of(new AddCheckConstraint("t", positive)), compare(c, T.withChecks(List.of(positive)), T));
        assertEquals(List.of(new DropCheckConstraint("t", "ck_amount", positive)),
                compare(c, T, T.withChecks(List.of(positive))));
    }

    @Test
    void aCheckOnARebuiltColumnIsRebuiltToo() {
        CheckConstraint check = new CheckConstraint("ck_total", "\"total\" < 100");
        Table before = table("t", col("total", INTEGER).withGenerated("a * 2")).withChecks(List.of(check));
        Table after = table("t", col("total", INTEGER).withGenerated("a * 3")).withChecks(List.of(check));
        assertEquals(List.of(new DropCheckConstraint("t", "ck_total", check), new AddCheckConstraint("t", check)),
                compare(new CheckConstraintComparator(), after, before));
        Table unrelated = table("t", col("total", INTEGER).withGenerated("a * 3"), col("subtotal", INTEGER))
                .withChecks(List.of(new CheckConstraint("ck_sub", "subtotal < 100")));
        Table unrelatedBefore = table("t", col("total", INTEGER).withGenerated("a * 2"), col("subtotal", INTEGER))
                .withChecks(unrelated.checks());
        assertEquals(List.of(), compare(new CheckConstraintComparator(), unrelated, unrelatedBefore));
    }
}
