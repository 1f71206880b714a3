package dev.retort.diff;

import dev.retort.model.*;
import dev.retort.ops.*;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.retort.diff.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Keys, constraints and indexes that differ from the desired ones only by name. */
class NameOnlyChangesTest {
    private static final Table PARENT = table("parent", notNull("id", INTEGER), notNull("code", TEXT));
    private static final Table CHILD = table("child", notNull("id", INTEGER), col("parent_id", INTEGER),
            col("amount", INTEGER));

    /** Hibernate's names on the desired side, a hand-written schema's on the live side. */
    private static SchemaModel named(String pk, String uq, String fk, String ck, String ix, String childPk) {
        Table parent = PARENT.withPrimaryKey(new PrimaryKey(pk, List.of("id")))
                .withUniques(List.of(new UniqueConstraint(uq, List.of("code"))));
        Table child = CHILD.withPrimaryKey(new PrimaryKey(childPk, List.of("id")))
                .withForeignKeys(List.of(new ForeignKey(fk, List.of("parent_id"), "parent", List.of("id"),
                        ReferentialAction.CASCADE, null)))
                .withChecks(List.of(new CheckConstraint(ck, "amount >= 0")))
                .withIndexes(List.of(Index.on(ix, false, "parent_id")));
        return model(parent, child);
    }

    private static final SchemaModel ENTITIES = named("parent_pkey", "UK8ewd0hw3k4", "FKq0ha9y8zz7",
            "child_amount_check", "IDX_child_parent", "child_pkey");
    private static final SchemaModel HAND_WRITTEN = named("pk_parent", "parent_code_key", "child_parent_id_fkey",
            "ck_amount", "child_parent_id_idx", "child_pkey");

    private static SchemaModel apply(SchemaModel model, List<MigrationOp> ops) {
        return ModelApplier.canonical(ModelApplier.apply(model, ops));
    }

    private static void assertSame(SchemaModel expected, SchemaModel actual, String message) {
        assertEquals(ModelApplier.canonical(expected), actual, message);
    }

    @Test
    void eachKindIsRenamedNotRebuilt() {
        List<MigrationOp> ops = SchemaDiff.diff(ENTITIES, HAND_WRITTEN);
        assertEquals(List.of(
                new RenameConstraint("child", "ck_amount", "child_amount_check"),
                new RenameIndex("child", "child_parent_id_idx", "IDX_child_parent"),
                new RenameConstraint("child", "child_parent_id_fkey", "FKq0ha9y8zz7"),
                new RenameConstraint("parent", "pk_parent", "parent_pkey"),
                new RenameConstraint("parent", "parent_code_key", "UK8ewd0hw3k4")), ops);
        assertSame(ENTITIES, apply(HAND_WRITTEN, ops), "the renames reach the entities' schema");
        assertSame(HAND_WRITTEN, apply(ENTITIES, Ops.reverse(ops)), "the downgrade restores the names");
    }

    @Test
    void nothingWhenNamesDoNotMatter() {
        DiffOptions ignore = DiffOptions.defaults().withCompareNames(false);
        assertEquals(List.of(), SchemaDiff.diff(ENTITIES, HAND_WRITTEN, ignore));
    }

    @Test
    void aDefinitionChangeIsStillDropAndAdd() {
        SchemaModel desired = model(PARENT.withUniques(List.of(new UniqueConstraint("uk_both", List.of("id", "code")))));
        SchemaModel actual = model(PARENT.withUniques(List.of(new UniqueConstraint("parent_code_key", List.of("code")))));
        for (DiffOptions o : List.of(DiffOptions.defaults(), DiffOptions.defaults().withCompareNames(false))) {
            List<MigrationOp> ops = SchemaDiff.diff(desired, actual, o);
            assertEquals(2, ops.size(), ops.toString());
            assertTrue(ops.get(0) instanceof DropUniqueConstraint && ops.get(1) instanceof AddUniqueConstraint,
                    ops.toString());
        }
    }

    @Test
    void twoCandidatesWithOneDefinitionAreNotGuessed() {
        // two live indexes on parent_id and one wanted: which one the entities mean cannot be told
        SchemaModel desired = model(CHILD.withIndexes(List.of(Index.on("ix_wanted", false, "parent_id"))));
        SchemaModel actual = model(CHILD.withIndexes(List.of(Index.on("ix_a", false, "parent_id"),
                Index.on("ix_b", false, "parent_id"))));
        List<MigrationOp> ops = SchemaDiff.diff(desired, actual);
        assertTrue(ops.stream().noneMatch(op -> op instanceof RenameIndex), ops.toString());
        assertSame(desired, apply(actual, ops), ops.toString());
        // two wanted, one live: the same
        List<MigrationOp> back = SchemaDiff.diff(actual, desired);
        assertTrue(back.stream().noneMatch(op -> op instanceof RenameIndex), back.toString());
        assertSame(actual, apply(desired, back), back.toString());
    }

    @Test
    void aRenamedIndexOnARebuiltColumnIsRebuilt() {
        Table before = table("t", col("a", INTEGER), col("total", INTEGER).withGenerated("a * 2"))
                .withIndexes(List.of(Index.on("t_total_idx", false, "total")));
        Table after = table("t", col("a", INTEGER), col("total", INTEGER).withGenerated("a * 3"))
                .withIndexes(List.of(Index.on("ix_total", false, "total")));
        List<MigrationOp> ops = SchemaDiff.diff(model(after), model(before));
        assertTrue(ops.stream().noneMatch(op -> op instanceof RenameIndex), ops.toString());
        assertTrue(ops.contains(new CreateIndex("t", Index.on("ix_total", false, "total"), false)), ops.toString());
    }

    @Test
    void objectsOnBothSidesAreMatchedByNameFirst() {
        // ix_parent exists on both sides, so it is changed in place (drop + create); the other live index goes
        SchemaModel desired = model(CHILD.withIndexes(List.of(Index.on("ix_parent", false, "parent_id"))));
        SchemaModel actual = model(CHILD.withIndexes(List.of(Index.on("ix_parent", false, "amount"),
                Index.on("child_parent_id_idx", false, "parent_id"))));
        List<MigrationOp> ops = SchemaDiff.diff(desired, actual);
        assertSame(desired, apply(actual, ops), ops.toString());
        assertSame(actual, apply(desired, Ops.reverse(ops)), ops.toString());
    }

    @Test
    void anIndexNameFreedInAnotherTableIsNotTakenInTheSameStep() {
        // index names are unique in the schema: parent's index gives up "ix_shared" while child's takes it
        Table parentLive = PARENT.withIndexes(List.of(Index.on("ix_shared", false, "code")));
        Table childLive = CHILD.withIndexes(List.of(Index.on("child_amount_idx", false, "amount")));
        Table parentWanted = PARENT.withIndexes(List.of(Index.on("ix_parent_code", false, "code")));
        Table childWanted = CHILD.withIndexes(List.of(Index.on("ix_shared", false, "amount")));
        SchemaModel actual = model(parentLive, childLive);
        SchemaModel desired = model(parentWanted, childWanted);
        List<MigrationOp> ops = SchemaDiff.diff(desired, actual);
        assertEquals(List.of(new RenameIndex("parent", "ix_shared", "ix_parent_code")),
                ops.stream().filter(op -> op instanceof RenameIndex).toList(), ops.toString());
        assertSame(desired, apply(actual, ops), ops.toString());
        assertSame(actual, apply(desired, Ops.reverse(ops)), ops.toString());
    }
}
