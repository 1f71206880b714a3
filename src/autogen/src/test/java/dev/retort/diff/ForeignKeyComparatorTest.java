package dev.retort.diff;

import dev.retort.model.*;
import dev.retort.ops.*;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.retort.diff.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ForeignKeyComparatorTest {
    private static final Table PARENT = table("parent", notNull("id", INTEGER), notNull("code", TEXT))
            .withPrimaryKey(new PrimaryKey("pk_parent", List.of("id")));
    private static final Table CHILD = table("child", notNull("id", INTEGER), col("parent_id", INTEGER),
            col("parent_code", TEXT));
    private static final ForeignKey FK = new ForeignKey("fk_child_parent", List.of("parent_id"), "parent",
            List.of("id"), ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION);

    private static List<MigrationOp> diff(Table desiredChild, Table actualChild, Table desiredParent,
                                          Table actualParent) {
        return compare(new ForeignKeyComparator(), desiredChild, actualChild, model(desiredParent, desiredChild),
                model(actualParent, actualChild));
    }

    private static List<MigrationOp> diff(ForeignKey desired, ForeignKey actual) {
        Table d = CHILD.withForeignKeys(desired == null ? List.of() : List.of(desired));
        Table a = CHILD.withForeignKeys(actual == null ? List.of() : List.of(actual));
        return diff(d, a, PARENT, PARENT);
    }

    @Test
    void addedAndDropped() {
        assertEquals(List.of(new AddForeignKey("child", FK)), diff(FK, null));
        assertEquals(List.of(new DropForeignKey("child", FK.name(), FK)), diff(null, FK));
        assertEquals(List.of(), diff(FK, FK));
    }

    @Test
    void changedColumnsTargetOrActionsAreDropAndAdd() {
        List<ForeignKey> changes = List.of(
                new ForeignKey(FK.name(), List.of("parent_code"), "parent", List.of("id"), null, null),
                new ForeignKey(FK.name(), List.of("parent_id"), "parent", List.of("code"), null, null),
                new ForeignKey(FK.name(), List.of("parent_id"), "other", List.of("id"), null, null),
                new ForeignKey(FK.name(), List.of("parent_id"), "parent", List.of("id"), ReferentialAction.CASCADE, null),
                new ForeignKey(FK.name(), List.of("parent_id"), "parent", List.of("id"), null, ReferentialAction.SET_NULL));
        for (ForeignKey changed : changes) {
            assertEquals(List.of(new DropForeignKey("child", FK.name(), FK), new AddForeignKey("child", changed)),
                    diff(changed, FK), changed.toString());
        }
    }

    @Test
    void anUnchangedForeignKeyIsRebuiltWhenTheKeyItReferencesIs() {
        Table child = CHILD.withForeignKeys(List.of(FK));
        Table parentUniqueInsteadOfKey = PARENT.withPrimaryKey(null)
                .withUniques(List.of(new UniqueConstraint("uq_parent_id", List.of("id"))));
        assertEquals(List.of(new DropForeignKey("child", FK.name(), FK), new AddForeignKey("child", FK)),
                diff(child, child, parentUniqueInsteadOfKey, PARENT));
        Table parentRenamedKey = PARENT.withPrimaryKey(new PrimaryKey("parent_pkey", List.of("id")));
        assertEquals(List.of(), diff(child, child, parentRenamedKey, PARENT),
                "a key renamed keeps its index, so the foreign keys on it stay");
        Table parentUniqueKey = PARENT.withPrimaryKey(null)
                .withUniques(List.of(new UniqueConstraint("uq_parent_id", List.of("id"))));
        Table parentUniqueIndex = PARENT.withPrimaryKey(null).withIndexes(List.of(Index.on("ux_parent_id", true, "id")));
        assertEquals(2, diff(child, child, parentUniqueKey, parentUniqueIndex).size(),
                "a unique index giving way to a unique constraint");
        Table parentWithExtraIndex = PARENT.withIndexes(List.of(Index.on("ix_code", false, "code")));
        assertEquals(List.of(), diff(child, child, parentWithExtraIndex, PARENT), "unrelated index");
    }
}
