package dev.retort.diff;

import dev.retort.model.*;
import dev.retort.ops.*;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.retort.diff.Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

class TableComparatorTest {
    private static final Table PARENT = table("parent", notNull("id", INTEGER))
            .withPrimaryKey(new PrimaryKey("pk_parent", List.of("id")));
    private static final ForeignKey FK = new ForeignKey("fk_child_parent", List.of("parent_id"), "parent",
            List.of("id"), null, null);
    private static final Index IX = Index.on("ix_child_parent", false, "parent_id");
    private static final Table CHILD = new Table("child", List.of(notNull("id", INTEGER), col("parent_id", INTEGER)),
            new PrimaryKey("pk_child", List.of("id")), List.of(new UniqueConstraint("uq_child", List.of("parent_id"))),
            List.of(new CheckConstraint("ck_child", "id > 0")), List.of(FK), List.of(IX), "children");

    @Test
    void aNewTableIsCreatedWithoutForeignKeysAndIndexesWhichFollowAsTheirOwnOperations() {
        List<MigrationOp> ops = SchemaDiff.diff(model(PARENT, CHILD), model(PARENT));
        assertEquals(List.of(new CreateTable(CHILD.withForeignKeys(List.of()).withIndexes(List.of())),
                new CreateIndex("child", IX, false), new AddForeignKey("child", FK)), ops);
    }

    @Test
    void aDroppedTableLosesItsForeignKeysFirstAndKeepsItsIndexesForTheReverse() {
        List<MigrationOp> ops = SchemaDiff.diff(model(PARENT), model(PARENT, CHILD));
        assertEquals(List.of(new DropForeignKey("child", FK.name(), FK),
                new DropTable("child", CHILD.withForeignKeys(List.of()))), ops);
        assertEquals(List.of(new CreateTable(CHILD.withForeignKeys(List.of())), new AddForeignKey("child", FK)),
                Ops.reverse(ops));
    }

    @Test
    void foreignKeysIntoADroppedTableAreDroppedByTheirOwnTable() {
        Table other = table("other", col("parent_id", INTEGER)).withForeignKeys(List.of(
                new ForeignKey("fk_other_parent", List.of("parent_id"), "parent", List.of("id"), null, null)));
        List<MigrationOp> ops = SchemaDiff.diff(model(other.withForeignKeys(List.of())), model(PARENT, other));
        assertEquals(List.of(new DropForeignKey("other", "fk_other_parent", other.foreignKeys().get(0)),
                new DropTable("parent", PARENT)), ops);
    }

    @Test
    void tableCommentChanges() {
        Table t = table("t", col("a", TEXT));
        assertEquals(List.of(new SetTableComment("t", null, "hello", true)),
                SchemaDiff.diff(model(t.withComment("hello")), model(t)));
        assertEquals(List.of(new SetTableComment("t", "hello", null, true)),
                SchemaDiff.diff(model(t), model(t.withComment("hello"))));
    }

    @Test
    void filteredTablesAreIgnoredOnBothSides() {
        DiffOptions options = DiffOptions.defaults().withIncludeTable(name -> !name.startsWith("flyway_"));
        Table history = table("flyway_schema_history", col("version", TEXT));
        assertEquals(List.of(), SchemaDiff.diff(model(PARENT), model(PARENT, history), options));
        assertEquals(List.of(), SchemaDiff.diff(model(PARENT, history), model(PARENT), options));
    }

    @Test
    void unknownTablesAreKeptWhenDropsAreOff() {
        DiffOptions keep = DiffOptions.defaults().withDropUnknown(false);
        assertEquals(List.of(), SchemaDiff.diff(model(PARENT), model(PARENT, table("legacy", col("a", TEXT))), keep));
        SchemaModel withSequence = new SchemaModel(List.of(), List.of(new Sequence("s", 1, 1)),
                List.of(new EnumType("e", List.of("a"))));
        assertEquals(List.of(), SchemaDiff.diff(SchemaModel.empty(), withSequence, keep));
        assertEquals(2, SchemaDiff.diff(SchemaModel.empty(), withSequence).size());
    }
}
