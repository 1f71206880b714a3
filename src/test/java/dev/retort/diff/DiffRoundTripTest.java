package dev.retort.diff;

import dev.retort.model.SchemaModel;
import dev.retort.ops.MigrationOp;
import dev.retort.ops.Ops;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The diff's defining property, on many model pairs (A, B): the operations of {@code diff(B, A)} applied to
 * A give B, their reverse applied to B gives A again, and a model compared with itself gives nothing. The
 * {@link ModelApplier} is strict, so this also checks every ordering rule of {@link OpOrdering}.
 */
class DiffRoundTripTest {

    private static void assertRoundTrip(SchemaModel a, SchemaModel b, String label) {
        List<MigrationOp> ops = SchemaDiff.diff(b, a);
        SchemaModel upgraded = ModelApplier.apply(a, ops);
        assertEquals(ModelApplier.canonical(b), ModelApplier.canonical(upgraded),
                label + ": upgrade does not reach the desired model\n" + ModelApplier.describe(ops));
        assertEquals(List.of(), SchemaDiff.diff(b, upgraded), label + ": diff after the upgrade is not empty");
        SchemaModel downgraded = ModelApplier.apply(b, Ops.reverse(ops));
        assertEquals(ModelApplier.canonical(a), ModelApplier.canonical(downgraded),
                label + ": downgrade does not return to the actual model\n" + ModelApplier.describe(ops));
    }

    @Test
    void handWrittenModelsRoundTripInEveryDirection() {
        List<SchemaModel> models = ShopModels.all();
        for (int i = 0; i < models.size(); i++) {
            for (int j = 0; j < models.size(); j++) {
                assertRoundTrip(models.get(i), models.get(j), "shop v" + i + " -> v" + j);
            }
        }
    }

    @Test
    void randomModelPairsRoundTrip() {
        RandomModels random = new RandomModels(20261121L);
        List<SchemaModel> models = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            models.add(random.next());
        }
        int nonEmpty = 0;
        for (int i = 0; i < models.size(); i++) {
            for (int j = 0; j < models.size(); j += 7) {
                assertRoundTrip(models.get(i), models.get(j), "random " + i + " -> " + j);
                nonEmpty += SchemaDiff.diff(models.get(j), models.get(i)).isEmpty() ? 0 : 1;
            }
        }
        assertTrue(nonEmpty > 400, "the random pairs should mostly differ, got " + nonEmpty);
    }

    @Test
    void aModelComparedWithItselfGivesNothing() {
        RandomModels random = new RandomModels(7L);
        for (int i = 0; i < 100; i++) {
            SchemaModel m = random.next();
            assertEquals(List.of(), SchemaDiff.diff(m, m));
            assertEquals(List.of(), SchemaDiff.diff(m.sorted(), m), "order of tables and constraints is no change");
        }
        for (SchemaModel m : ShopModels.all()) {
            assertEquals(List.of(), SchemaDiff.diff(m, m));
        }
    }

    @Test
    void diffIsDeterministic() {
        RandomModels random = new RandomModels(99L);
        for (int i = 0; i < 50; i++) {
            SchemaModel a = random.next();
            SchemaModel b = random.next();
            assertEquals(SchemaDiff.diff(b, a), SchemaDiff.diff(b.sorted(), a.sorted()));
        }
    }
}
