package dev.retort.diff;

import dev.retort.model.Column;
import dev.retort.model.SchemaModel;
import dev.retort.model.Table;
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
        assertEquals(ModelApplier.canonical(keptGeneratorDefaults(b, a)), ModelApplier.canonical(upgraded),
                label + ": upgrade does not reach the desired model\n" + ModelApplier.describe(ops));
        assertEquals(List.of(), SchemaDiff.diff(b, upgraded), label + ": diff after the upgrade is not empty");
        SchemaModel downgraded = ModelApplier.apply(upgraded, Ops.reverse(ops));
        assertEquals(ModelApplier.canonical(a), ModelApplier.canonical(downgraded),
                label + ": downgrade does not return to the actual model\n" + ModelApplier.describe(ops));
    }

    /**
     * {@code desired} as the upgrade leaves it: a key column of {@code actual} whose default is
     * {@code nextval('s')} on a sequence {@code s} the desired model has, where the desired column wants no default
     * and no identity, keeps that default (the entities' generator draws from {@code s} too: see SerialColumns).
     */
    private static SchemaModel keptGeneratorDefaults(SchemaModel desired, SchemaModel actual) {
        List<Table> tables = new ArrayList<>();
        for (Table dt : desired.tables()) {
            Table out = dt;
            Table at = actual.table(dt.name()).orElse(null);
            for (Column dc : dt.columns()) {
                Column ac = at == null ? null : at.column(dc.name()).orElse(null);
                if (ac == null || ac.defaultExpression() == null || ac.identity() != null || ac.ownedSequence() != null
                        || dc.defaultExpression() != null || dc.identity() != null || dc.generatedExpression() != null
                        || dt.primaryKey() == null || !dt.primaryKey().columns().contains(dc.name())) {
                    continue;
                }
                String kept = ac.defaultExpression();
                if (desired.sequences().stream().anyMatch(q -> kept.equals("nextval('" + q.name() + "'::regclass)"))) {
                    out = out.withColumn(dc.name(), c -> c.withDefault(kept));
                }
            }
            tables.add(out);
        }
        return desired.withTables(tables);
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
