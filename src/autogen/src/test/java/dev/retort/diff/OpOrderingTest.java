package dev.retort.diff;

import dev.retort.model.*;
import dev.retort.ops.*;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.retort.diff.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

/**
 * One test per rule of {@link OpOrdering}. Each builds a pair of models whose diff needs the rule, checks the
 * order, and applies the operations and their reverse with the strict {@link ModelApplier}.
 */
class OpOrderingTest {

    private static List<MigrationOp> diffAndApply(SchemaModel desired, SchemaModel actual) {
        List<MigrationOp> ops = SchemaDiff.diff(desired, actual);
        assertEquals(ModelApplier.canonical(desired), ModelApplier.canonical(ModelApplier.apply(actual, ops)));
        assertEquals(ModelApplier.canonical(actual), ModelApplier.canonical(ModelApplier.apply(desired, Ops.reverse(ops))));
        return ops;
    }

    private static int first(List<MigrationOp> ops, Class<? extends MigrationOp> kind) {
        for (int i = 0; i < ops.size(); i++) {
            if (kind.isInstance(ops.get(i))) {
                return i;
            }
        }
        return fail("no " + kind.getSimpleName() + " in\n" + ModelApplier.describe(ops));
    }

    private static void assertBefore(List<MigrationOp> ops, Class<? extends MigrationOp> a, Class<? extends MigrationOp> b) {
        assertTrue(first(ops, a) < first(ops, b), a.getSimpleName() + " should come before " + b.getSimpleName()
                + " in\n" + ModelApplier.describe(ops));
    }

    private static SchemaModel model(List<Table> tables, List<Sequence> sequences, List<EnumType> enums) {
        return new SchemaModel(tables, sequences, enums);
    }

    private static final Table PARENT = table("parent", notNull("id", INTEGER))
            .withPrimaryKey(new PrimaryKey("pk_parent", List.of("id")));
    private static final ForeignKey FK = new ForeignKey("fk_child_parent", List.of("parent_id"), "parent",
            List.of("id"), null, null);
    private static final Table CHILD = table("child", notNull("id", INTEGER), col("parent_id", INTEGER))
            .withForeignKeys(List.of(FK));

    @Test
    void createsSchemasFirst() {
        // a sequence sorts first of all objects; the schema it lives in must exist before it
        Table report = table("report", notNull("id", INTEGER)).withSchema("reporting");
        SchemaModel desired = new SchemaModel(List.of(report), List.of(new Sequence("report_seq", 1, 1, "reporting")),
                List.of());
        List<MigrationOp> ops = SchemaDiff.diff(desired, SchemaModel.empty());
        assertEquals(new CreateSchema("reporting"), ops.get(0), ModelApplier.describe(ops));
        List<MigrationOp> down = Ops.reverse(ops);
        assertEquals(new DropSchema("reporting"), down.get(down.size() - 1), ModelApplier.describe(down));
    }

    @Test
    void renamesRunBeforeTheOperationsThatUseTheNewNames() {
        // zeta is renamed to alpha (which sorts first), then alpha's column a to b loses its default and gets an index
        Table zeta = table("zeta", col("a", INTEGER).withDefault("0"));
        Table alpha = table("alpha", col("b", INTEGER)).withIndexes(List.of(Index.on("alpha_b_idx", false, "b")));
        DiffOptions hints = DiffOptions.defaults().withRenames(Renames.of(List.of("zeta=alpha", "alpha.a=b")));
        SchemaModel desired = model(List.of(alpha), List.of(), List.of());
        SchemaModel actual = model(List.of(zeta), List.of(), List.of());
        List<MigrationOp> ops = SchemaDiff.diff(desired, actual, hints);
        assertEquals(new RenameTable("zeta", "alpha"), ops.get(0), ModelApplier.describe(ops));
        assertEquals(new RenameColumn("alpha", "a", "b"), ops.get(1), ModelApplier.describe(ops));
        assertEquals(ModelApplier.canonical(desired), ModelApplier.canonical(ModelApplier.apply(actual, ops)));
        assertEquals(ModelApplier.canonical(actual), ModelApplier.canonical(ModelApplier.apply(desired, Ops.reverse(ops))));
    }

    @Test
    void createsEnumTypesBeforeTablesUseThem() {
        EnumType mood = new EnumType("mood", List.of("sad", "happy"));
        List<MigrationOp> ops = diffAndApply(model(List.of(table("t", col("m", SqlType.of("mood")))), List.of(),
                List.of(mood)), SchemaModel.empty());
        assertBefore(ops, CreateEnumType.class, CreateTable.class);
    }

    @Test
    void createsCastsRightAfterTheirEnumType() {
        EnumType mood = new EnumType("mood", List.of("sad", "happy"));
        EnumType zone = new EnumType("zone", List.of("eu", "us"));
        SchemaModel desired = model(List.of(table("t", col("m", SqlType.of("mood")), col("z", SqlType.of("zone")))),
                List.of(), List.of(mood, zone)).withCasts(
                java.util.stream.Stream.concat(Cast.namedEnumCasts("zone").stream(), Cast.namedEnumCasts("mood").stream())
                        .toList());
        List<MigrationOp> ops = diffAndApply(desired, SchemaModel.empty());
        assertEquals(List.of(new CreateEnumType(mood), new CreateCast(Cast.implicitInout("varchar", "mood")),
                new CreateCast(Cast.implicitInout("mood", "varchar")), new CreateEnumType(zone),
                new CreateCast(Cast.implicitInout("varchar", "zone")), new CreateCast(Cast.implicitInout("zone", "varchar"))),
                ops.subList(0, 6), ModelApplier.describe(ops));
        assertBefore(ops, CreateCast.class, CreateTable.class);
    }

    @Test
    void dropsCastsBeforeCreatingThem() {
        // the cast from varchar became an assignment cast: dropped, then created again
        EnumType mood = new EnumType("mood", List.of("sad", "happy"));
        Cast assignment = new Cast("varchar", "mood", Cast.Context.ASSIGNMENT, Cast.Method.INOUT, null);
        SchemaModel desired = model(List.of(), List.of(), List.of(mood)).withCasts(Cast.namedEnumCasts("mood"));
        SchemaModel actual = model(List.of(), List.of(), List.of(mood))
                .withCasts(List.of(assignment, Cast.implicitInout("mood", "varchar")));
        List<MigrationOp> ops = diffAndApply(desired, actual);
        assertEquals(List.of(new DropCast("varchar", "mood", assignment),
                new CreateCast(Cast.implicitInout("varchar", "mood"))), ops);
    }

    @Test
    void dropsTheCastsOfAnEnumTypeBeforeTheType() {
        Table before = table("t", col("m", SqlType.of("mood")));
        Table after = table("t", col("m", TEXT));
        EnumType mood = new EnumType("mood", List.of("sad", "happy"));
        List<MigrationOp> ops = diffAndApply(model(List.of(after), List.of(), List.of()),
                model(List.of(before), List.of(), List.of(mood)).withCasts(Cast.namedEnumCasts("mood")));
        assertBefore(ops, DropCast.class, DropEnumType.class);
        assertEquals(2, ops.stream().filter(DropCast.class::isInstance).count(), ModelApplier.describe(ops));
    }

    @Test
    void addsEnumValuesBeforeColumnsUseThem() {
        Table before = table("t", col("m", TEXT));
        Table after = table("t", col("m", SqlType.of("mood")).withDefault("'meh'::mood"));
        List<MigrationOp> ops = diffAndApply(
                model(List.of(after), List.of(), List.of(new EnumType("mood", List.of("sad", "meh")))),
                model(List.of(before), List.of(), List.of(new EnumType("mood", List.of("sad")))));
        assertBefore(ops, AddEnumValue.class, AlterColumnType.class);
        assertBefore(ops, AddEnumValue.class, AlterColumnDefault.class);
    }

    @Test
    void dropsDefaultsBeforeTheEnumValuesTheyName() {
        Table before = table("t", col("s", SqlType.of("status")).withDefault("'draft'::status"));
        Table after = table("t", col("s", SqlType.of("status")).withDefault("'new'::status"));
        List<MigrationOp> ops = diffAndApply(
                model(List.of(after), List.of(), List.of(new EnumType("status", List.of("new", "paid")))),
                model(List.of(before), List.of(), List.of(new EnumType("status", List.of("draft", "new", "paid")))));
        assertEquals(List.of(new AlterColumnDefault("t", "s", "'draft'::status", null, true),
                new DropEnumValue("status", "draft", "new", null),
                new AlterColumnDefault("t", "s", null, "'new'::status", true)), ops);
    }

    @Test
    void dropsEnumValuesAfterTheTablesThatUseThem() {
        Table old = table("old", col("s", SqlType.of("status")).withDefault("'draft'::status"));
        List<MigrationOp> ops = diffAndApply(
                model(List.of(), List.of(), List.of(new EnumType("status", List.of("new")))),
                model(List.of(old), List.of(), List.of(new EnumType("status", List.of("draft", "new")))));
        assertBefore(ops, DropTable.class, DropEnumValue.class);
    }

    @Test
    void aDefaultNamingADroppedValueStepsAsideAndAReorderIsNoChange() {
        // a label order alone is no change (EnumValuePlan): nothing to do, the default stays
        Table t = table("t", col("s", SqlType.of("status")).withDefault("'a'::status"));
        assertEquals(List.of(), diffAndApply(
                model(List.of(t), List.of(), List.of(new EnumType("status", List.of("b", "c", "a")))),
                model(List.of(t), List.of(), List.of(new EnumType("status", List.of("a", "b", "c"))))));
        // 'a' is dropped while the default names it: the default steps aside first and is set again after
        Table after = table("t", col("s", SqlType.of("status")).withDefault("'b'::status"));
        List<MigrationOp> ops = diffAndApply(
                model(List.of(after), List.of(), List.of(new EnumType("status", List.of("b", "c")))),
                model(List.of(t), List.of(), List.of(new EnumType("status", List.of("a", "b", "c")))));
        assertEquals(List.of(new AlterColumnDefault("t", "s", "'a'::status", null, true),
                new DropEnumValue("status", "a", "b", null),
                new AlterColumnDefault("t", "s", null, "'b'::status", true)), ops);
    }

    @Test
    void createsSequencesFirst() {
        Table t = table("t", notNull("id", BIGINT).withDefault("nextval('t_seq'::regclass)"));
        List<MigrationOp> ops = diffAndApply(model(List.of(t), List.of(new Sequence("t_seq", 1, 1)), List.of()),
                SchemaModel.empty());
        assertBefore(ops, CreateSequence.class, CreateTable.class);
    }

    @Test
    void dropsSequencesAfterTables() {
        Table t = table("t", notNull("id", BIGINT).withDefault("nextval('t_seq'::regclass)"));
        List<MigrationOp> ops = diffAndApply(SchemaModel.empty(),
                model(List.of(t), List.of(new Sequence("t_seq", 1, 1)), List.of()));
        assertBefore(ops, DropTable.class, DropSequence.class);
    }

    @Test
    void dropsForeignKeysBeforeWhatTheyReference() {
        List<MigrationOp> ops = diffAndApply(Fixtures.model(CHILD.withForeignKeys(List.of())),
                Fixtures.model(PARENT, CHILD));
        assertBefore(ops, DropForeignKey.class, DropTable.class);
        Table parentNoKey = PARENT.withPrimaryKey(null);
        ops = diffAndApply(Fixtures.model(parentNoKey, CHILD.withForeignKeys(List.of())), Fixtures.model(PARENT, CHILD));
        assertBefore(ops, DropForeignKey.class, DropPrimaryKey.class);
    }

    @Test
    void dropsIndexesAndConstraintsBeforeColumns() {
        Table before = table("t", notNull("a", TEXT), col("b", TEXT))
                .withPrimaryKey(new PrimaryKey("pk_t", List.of("a")))
                .withUniques(List.of(new UniqueConstraint("uq_t", List.of("b"))))
                .withIndexes(List.of(Index.on("ix_t", false, "b")));
        Table after = table("t", col("c", TEXT));
        List<MigrationOp> ops = diffAndApply(Fixtures.model(after), Fixtures.model(before));
        assertBefore(ops, DropIndex.class, DropColumn.class);
        assertBefore(ops, DropUniqueConstraint.class, DropColumn.class);
        assertBefore(ops, DropPrimaryKey.class, DropColumn.class);
    }

    @Test
    void createsTablesBeforeForeignKeysToThem() {
        Table selfRef = table("node", notNull("id", INTEGER), col("parent_id", INTEGER))
                .withPrimaryKey(new PrimaryKey("pk_node", List.of("id")))
                .withForeignKeys(List.of(new ForeignKey("fk_node_parent", List.of("parent_id"), "node",
                        List.of("id"), null, null)));
        // "child" sorts before "parent", so only the rule keeps its foreign key after the parent table.
        List<MigrationOp> ops = diffAndApply(Fixtures.model(CHILD, PARENT, selfRef), SchemaModel.empty());
        assertEquals(CreateTable.class, ops.get(0).getClass());
        assertEquals(CreateTable.class, ops.get(1).getClass());
        assertEquals(CreateTable.class, ops.get(2).getClass());
        assertTrue(ops.get(ops.size() - 1) instanceof AddForeignKey);
    }

    @Test
    void addsColumnsBeforeIndexesAndConstraints() {
        Table before = table("t", notNull("id", INTEGER));
        Table after = table("t", notNull("id", INTEGER), notNull("code", TEXT).withDefault("''"))
                .withUniques(List.of(new UniqueConstraint("uq_code", List.of("code"))))
                .withIndexes(List.of(Index.on("ix_code", false, "code")))
                .withChecks(List.of(new CheckConstraint("ck_code", "code <> 'x'")));
        List<MigrationOp> ops = diffAndApply(Fixtures.model(after), Fixtures.model(before));
        assertBefore(ops, AddColumn.class, AddUniqueConstraint.class);
        assertBefore(ops, AddColumn.class, CreateIndex.class);
        assertBefore(ops, AddColumn.class, AddCheckConstraint.class);
    }

    @Test
    void alterColumnStepsRunInASafeOrder() {
        // A nullable column with a default becomes a NOT NULL identity: drop default, set NOT NULL, add identity.
        Table before = table("t", col("id", BIGINT).withDefault("0"));
        Table after = table("t", notNull("id", BIGINT).withIdentity(Identity.byDefault()));
        List<MigrationOp> ops = diffAndApply(Fixtures.model(after), Fixtures.model(before));
        assertEquals(List.of(new AlterColumnDefault("t", "id", "0", null, true),
                new AlterColumnNullable("t", "id", false),
                new AlterColumnIdentity("t", "id", null, Identity.byDefault())), ops);
        // ... and back: drop identity, drop NOT NULL, set default (the reverse, checked by diffAndApply).
        ops = diffAndApply(Fixtures.model(before), Fixtures.model(after));
        assertEquals(List.of(new AlterColumnIdentity("t", "id", Identity.byDefault(), null),
                new AlterColumnNullable("t", "id", true),
                new AlterColumnDefault("t", "id", null, "0", true)), ops);
        // A typed default never has to be cast: drop it, change the type, set the new one.
        Table e1 = table("t", col("s", SqlType.of("e1")).withDefault("'a'::e1"));
        Table e2 = table("t", col("s", SqlType.of("e2")).withDefault("'a'::e2"));
        List<EnumType> enums = List.of(new EnumType("e1", List.of("a")), new EnumType("e2", List.of("a")));
        ops = diffAndApply(model(List.of(e2), List.of(), enums), model(List.of(e1), List.of(), enums));
        assertEquals(List.of(new AlterColumnDefault("t", "s", "'a'::e1", null, true),
                new AlterColumnType("t", "s", SqlType.of("e1"), SqlType.of("e2"), null),
                new AlterColumnDefault("t", "s", null, "'a'::e2", true)), ops);
    }

    @Test
    void addsKeysBeforeForeignKeysThatReferenceThem() {
        Table parentNoKey = PARENT.withPrimaryKey(null);
        List<MigrationOp> ops = diffAndApply(Fixtures.model(PARENT, CHILD),
                Fixtures.model(parentNoKey, CHILD.withForeignKeys(List.of())));
        assertBefore(ops, AddPrimaryKey.class, AddForeignKey.class);
    }

    @Test
    void dropsEnumTypesAfterColumnsStopUsingThem() {
        EnumType mood = new EnumType("mood", List.of("sad"));
        Table before = table("t", col("m", SqlType.of("mood")), col("n", SqlType.of("mood")));
        Table after = table("t", col("m", TEXT));
        List<MigrationOp> ops = diffAndApply(Fixtures.model(after), model(List.of(before), List.of(), List.of(mood)));
        assertBefore(ops, DropColumn.class, DropEnumType.class);
        assertBefore(ops, AlterColumnType.class, DropEnumType.class);
    }

    @Test
    void withinAStepOperationsGoByTableThenByName() {
        Table b = table("b", col("x", TEXT));
        Table a = table("a", col("x", TEXT));
        List<MigrationOp> ops = SchemaDiff.diff(Fixtures.model(
                b.withIndexes(List.of(Index.on("ix_b2", false, "x"), Index.on("ix_b1", false, "x"))),
                a.withIndexes(List.of(Index.on("ix_a", false, "x")))), Fixtures.model(b, a));
        assertEquals(List.of("ix_a", "ix_b1", "ix_b2"),
                ops.stream().map(op -> ((CreateIndex) op).index().name()).toList());
    }

    @Test
    void renamesAfterDropsBeforeCreates() {
        // the live index ix_x goes, and the unique child_code_key takes its name; a new index takes the old one
        Table live = table("child", notNull("id", INTEGER), col("code", INTEGER), col("amount", INTEGER))
                .withUniques(List.of(new UniqueConstraint("child_code_key", List.of("code"))))
                .withIndexes(List.of(Index.on("ix_x", false, "id", "amount")));
        Table wanted = live.withUniques(List.of(new UniqueConstraint("ix_x", List.of("code"))))
                .withIndexes(List.of(Index.on("child_code_key", false, "amount")));
        List<MigrationOp> ops = diffAndApply(model(List.of(wanted), List.of(), List.of()),
                model(List.of(live), List.of(), List.of()));
        assertBefore(ops, DropIndex.class, RenameConstraint.class);
        assertBefore(ops, RenameConstraint.class, CreateIndex.class);
    }

    @Test
    void renamesThatWouldSwapNamesAreDropAndAdd() {
        Table live = table("child", notNull("id", INTEGER), col("code", INTEGER), col("amount", INTEGER))
                .withUniques(List.of(new UniqueConstraint("child_code_key", List.of("code"))))
                .withIndexes(List.of(Index.on("ix_x", false, "amount")));
        Table wanted = live.withUniques(List.of(new UniqueConstraint("ix_x", List.of("code"))))
                .withIndexes(List.of(Index.on("child_code_key", false, "amount")));
        List<MigrationOp> ops = diffAndApply(model(List.of(wanted), List.of(), List.of()),
                model(List.of(live), List.of(), List.of()));
        assertEquals(1, ops.stream().filter(op -> op instanceof RenameIndex).count(), ModelApplier.describe(ops));
    }
}
