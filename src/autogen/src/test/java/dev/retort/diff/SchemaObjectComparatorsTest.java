package dev.retort.diff;

import dev.retort.model.*;
import dev.retort.ops.*;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Sequence and enum type comparators, and the enum value plan. */
class SchemaObjectComparatorsTest {

    private static List<MigrationOp> sequences(List<Sequence> desired, List<Sequence> actual) {
        List<MigrationOp> out = new ArrayList<>();
        new SequenceComparator().compare(DiffContext.of(new SchemaModel(List.of(), desired, List.of()),
                new SchemaModel(List.of(), actual, List.of()), DiffOptions.defaults()), out);
        return out;
    }

    @Test
    void sequencesCreatedDroppedAndAltered() {
        Sequence s = new Sequence("s", 1, 1);
        Sequence s5 = new Sequence("s", 1, 5);
        assertEquals(List.of(new CreateSequence(s)), sequences(List.of(s), List.of()));
        assertEquals(List.of(new DropSequence("s", s)), sequences(List.of(), List.of(s)));
        assertEquals(List.of(new AlterSequence("s", s, s5)), sequences(List.of(s5), List.of(s)));
        assertEquals(List.of(), sequences(List.of(s), List.of(s)));
    }

    @Test
    void enumTypesCreatedAndDropped() {
        EnumType mood = new EnumType("mood", List.of("sad", "happy"));
        List<MigrationOp> out = new ArrayList<>();
        new EnumTypeComparator().compare(DiffContext.of(new SchemaModel(List.of(), List.of(), List.of(mood)),
                SchemaModel.empty(), DiffOptions.defaults()), out);
        assertEquals(List.of(new CreateEnumType(mood)), out);
        assertEquals(List.of(new DropEnumType("mood", mood)),
                SchemaDiff.diff(SchemaModel.empty(), new SchemaModel(List.of(), List.of(), List.of(mood))));
    }

    private static List<String> applied(List<String> from, List<MigrationOp> ops) {
        SchemaModel m = new SchemaModel(List.of(), List.of(), List.of(new EnumType("e", from)));
        return ModelApplier.apply(m, ops).enums().get(0).values();
    }

    private static void assertPlan(List<String> from, List<String> to, List<MigrationOp> expected) {
        List<MigrationOp> plan = EnumValuePlan.of(new EnumType("e", from), new EnumType("e", to));
        if (expected != null) {
            assertEquals(expected, plan);
        }
        assertEquals(new java.util.HashSet<>(to), new java.util.HashSet<>(applied(from, plan)), "upgrade " + from + " -> " + to);
        assertEquals(new java.util.HashSet<>(from), new java.util.HashSet<>(applied(to, Ops.reverse(plan))),
                "downgrade " + to + " -> " + from);
    }

    @Test
    void addedValuesArePositionedAfterTheirPredecessorOrBeforeTheFirst() {
        assertPlan(List.of("b", "d"), List.of("a", "b", "c", "d", "e"), List.of(
                new AddEnumValue("e", "a", "b", null),
                new AddEnumValue("e", "c", null, "b"),
                new AddEnumValue("e", "e", null, "d")));
    }

    @Test
    void removedValuesAreDroppedRememberingTheirNeighbours() {
        assertPlan(List.of("a", "b", "c"), List.of("a", "c"), List.of(new DropEnumValue("e", "b", "c", "a")));
    }

    @Test
    void aLabelOrderAloneIsNoChange() {
        EnumType java = new EnumType("priority", List.of("LOW", "MEDIUM", "HIGH"));
        EnumType hibernate = new EnumType("priority", List.of("HIGH", "LOW", "MEDIUM"));
        assertEquals(List.of(), SchemaDiff.diff(new SchemaModel(List.of(), List.of(), List.of(hibernate)),
                new SchemaModel(List.of(), List.of(), List.of(java))));
        assertPlan(List.of("a", "b", "c"), List.of("c", "a", "b"), List.of());
    }

    @Test
    void otherValuesAreAddedAndDroppedWithoutReorderingTheRest() {
        assertPlan(List.of("a", "b", "c", "d"), List.of("d", "x", "c", "b"), List.of(
                new DropEnumValue("e", "a", "b", null),
                new AddEnumValue("e", "x", null, "d")));
        assertPlan(List.of("x"), List.of("y", "z"), null);
        // x follows b in the entities, so it goes after b, wherever b is
        assertPlan(List.of("b", "c"), List.of("c", "b", "x"), List.of(new AddEnumValue("e", "x", null, "b")));
        assertEquals(List.of("b", "x", "c"), applied(List.of("b", "c"), List.of(new AddEnumValue("e", "x", null, "b"))));
    }
}
