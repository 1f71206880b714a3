package dev.retort.runtime.exec;

import dev.retort.api.JdbcWork;
import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.EnumType;
import dev.retort.model.ForeignKey;
import dev.retort.model.Identity;
import dev.retort.model.Index;
import dev.retort.model.IndexKey;
import dev.retort.model.PrimaryKey;
import dev.retort.model.ReferentialAction;
import dev.retort.model.Sequence;
import dev.retort.model.SqlType;
import dev.retort.model.Table;
import dev.retort.model.UniqueConstraint;
import dev.retort.ops.*;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import static dev.retort.api.Schema.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OperationRecorderTest {

    /** An API type as the recorded operations carry it. */
    private static SqlType m(dev.retort.api.SqlType type) {
        return ApiModel.model(type);
    }

    private static MigrationOp recorded(Consumer<OperationRecorder> call) {
        OperationRecorder r = new OperationRecorder(false);
        call.accept(r);
        assertEquals(1, r.ops().size(), "one call records one operation");
        return r.ops().get(0);
    }

    private static void assertRecords(MigrationOp expected, Consumer<OperationRecorder> call) {
        assertEquals(expected, recorded(call));
    }

    private static String failure(Consumer<OperationRecorder> call) {
        return assertThrows(IllegalArgumentException.class, () -> call.accept(new OperationRecorder(false))).getMessage();
    }

    @Test
    void callsOnAnotherSchemaRecordTheirOperationsInItAndRawSqlAsWritten() {
        assertRecords(new CreateSchema("reporting"), r -> r.createSchema("reporting"));
        assertRecords(new DropSchema("reporting"), r -> r.dropSchema("reporting"));
        assertRecords(new InSchema("reporting", new CreateTable(Table.of("report",
                        List.of(Column.of("id", m(BIGINT)))).withSchema("reporting"))),
                r -> r.inSchema("reporting").createTable("report", column("id", BIGINT)));
        assertRecords(new InSchema("reporting", new CreateSequence(new Sequence("report_seq", 1, 50, "reporting"))),
                r -> r.inSchema("reporting").createSequence(sequence("report_seq", 1, 50)));
        assertRecords(new AddForeignKey("line", new ForeignKey("fk", List.of("report_id"), "report", List.of("id"),
                        null, null, "reporting")),
                r -> r.addForeignKey("line", foreignKey("fk", "report_id").referencesInSchema("reporting", "report", "id")));
        assertRecords(new ExecuteSql("SELECT 1", null), r -> r.inSchema("reporting").execute("SELECT 1"));
        OperationRecorder both = new OperationRecorder(false);
        both.inSchema("reporting").dropTable("report");
        both.dropTable("report");
        assertEquals(List.of(new InSchema("reporting", new DropTable("report", null)), new DropTable("report", null)),
                both.ops(), "the view records into the same list; the recorder itself stays in the project's schema");
        assertTrue(failure(r -> r.inSchema(" ")).contains("inSchema"));
        assertTrue(failure(r -> foreignKey("fk", "a").referencesInSchema(null, "t", "id")).contains("fk"));
    }

    @Test
    void createTableAssemblesEveryKindOfElement() {
        Table expected = new Table("orders",
                List.of(new Column("id", m(BIGINT), false, null, Identity.byDefault(), null, null),
                        new Column("customer_id", m(BIGINT), false, null, null, null, "who"),
                        new Column("status", m(varchar(20)), true, "'new'", null, null, null)),
                new PrimaryKey("pk_orders", List.of("id")),
                List.of(new UniqueConstraint("uq_status", List.of("status", "id"))),
                List.of(new CheckConstraint("ck_status", "status <> ''")),
                List.of(new ForeignKey("fk_customer", List.of("customer_id"), "customers", List.of("id"),
                        ReferentialAction.CASCADE, null)),
                List.of(new Index("ix_status", List.of(IndexKey.expression("lower(status)")), true, "id > 0",
                        List.of("customer_id"), null)),
                "orders of customers");
        assertRecords(new CreateTable(expected), r -> r.createTable("orders",
                column("id", BIGINT).identity(),
                column("customer_id", BIGINT).notNull().comment("who"),
                column("status", varchar(20)).defaultValue("'new'"),
                primaryKey("pk_orders", "id"),
                unique("uq_status", "status", "id"),
                check("ck_status", "status <> ''"),
                foreignKey("fk_customer", "customer_id").references("customers", "id").onDelete(dev.retort.api.ReferentialAction.CASCADE),
                index("ix_status", expr("lower(status)")).unique().where("id > 0").include("customer_id"),
                comment("orders of customers")));
    }

    @Test
    void createTableChecksItsElementsNamingTheTable() {
        assertEquals("createTable(orders): primary key pk names column id, which table orders does not define;"
                + " columns: []", failure(r -> r.createTable("orders", primaryKey("pk", "id"))));
        assertEquals("createTable(orders): primary key pk names column idd, which table orders does not define;"
                + " columns: [id]", failure(r -> r.createTable("orders", column("id", INTEGER), primaryKey("pk", "idd"))));
        assertEquals("createTable(orders): column id is defined twice",
                failure(r -> r.createTable("orders", column("id", INTEGER), column("id", BIGINT))));
        assertTrue(failure(r -> r.createTable("orders", column("id", INTEGER), index("ix", "nope")))
                .contains("index ix names column nope"));
        assertEquals("createTable(orders): two primary keys, [id] and [id]", failure(r -> r.createTable("orders",
                column("id", INTEGER), primaryKey("a", "id"), primaryKey("b", "id"))));
        assertEquals("foreign key fk lacks .references(table, columns...)",
                failure(r -> r.createTable("orders", column("id", INTEGER), foreignKey("fk", "id"))));
        assertEquals("createTable(?): table name is missing", failure(r -> r.createTable(" ", column("id", INTEGER))));
    }

    @Test
    void tableCalls() {
        assertRecords(new DropTable("t", null), r -> r.dropTable("t"));
        assertRecords(new RenameTable("t", "u"), r -> r.renameTable("t", "u"));
        assertRecords(new SetTableComment("t", "a", "b", true), r -> r.setTableComment("t", "a", "b"));
        assertRecords(new SetTableComment("t", null, "b", false), r -> r.setTableComment("t", "b"));
    }

    @Test
    void columnCalls() {
        assertRecords(new AddColumn("t", new Column("c", m(TEXT), false, null, null, null, null)),
                r -> r.addColumn("t", column("c", TEXT).notNull()));
        assertRecords(new DropColumn("t", "c", null), r -> r.dropColumn("t", "c"));
        assertRecords(new RenameColumn("t", "c", "d"), r -> r.renameColumn("t", "c", "d"));
        assertRecords(new AlterColumnType("t", "c", m(TEXT), m(INTEGER), null), r -> r.alterColumnType("t", "c", TEXT, INTEGER));
        assertRecords(new AlterColumnType("t", "c", m(TEXT), m(INTEGER), "length(c)"),
                r -> r.alterColumnType("t", "c", TEXT, INTEGER, "length(c)"));
        assertRecords(new AlterColumnType("t", "c", null, m(INTEGER), null), r -> r.alterColumnType("t", "c", INTEGER));
        assertRecords(new AlterColumnNullable("t", "c", false), r -> r.setNotNull("t", "c"));
        assertRecords(new AlterColumnNullable("t", "c", true), r -> r.dropNotNull("t", "c"));
        assertRecords(new AlterColumnDefault("t", "c", "1", null, true), r -> r.alterColumnDefault("t", "c", "1", null));
        assertRecords(new AlterColumnDefault("t", "c", null, "now()", false), r -> r.setDefault("t", "c", "now()"));
        assertRecords(new AlterColumnIdentity("t", "c", null, Identity.generatedAlways()),
                r -> r.alterColumnIdentity("t", "c", null, identityAlways()));
        assertRecords(new SetColumnComment("t", "c", "a", null, true), r -> r.setColumnComment("t", "c", "a", null));
        assertRecords(new SetColumnComment("t", "c", null, "b", false), r -> r.setColumnComment("t", "c", "b"));
    }

    @Test
    void callsThatDoNotStateTheOldValueRecordIrreversibleOperations() {
        for (Consumer<OperationRecorder> call : List.<Consumer<OperationRecorder>>of(
                r -> r.dropTable("t"), r -> r.dropColumn("t", "c"), r -> r.setDefault("t", "c", "1"),
                r -> r.alterColumnType("t", "c", INTEGER), r -> r.setTableComment("t", "x"),
                r -> r.setColumnComment("t", "c", "x"), r -> r.dropIndex("t", "ix"), r -> r.dropSequence("s"),
                r -> r.dropEnumType("e"), r -> r.execute("SELECT 1"), r -> r.jdbc("seed", c -> { }))) {
            MigrationOp op = recorded(call);
            var e = assertThrows(IrreversibleOperationException.class, op::reverse);
            assertTrue(e.getMessage().startsWith("cannot reverse '" + op.describe() + "'"), e.getMessage());
        }
    }

    @Test
    void columnCallsNameTheColumnWhenAnArgumentIsMissing() {
        assertEquals("dropColumn(orders, ?): column name is missing", failure(r -> r.dropColumn("orders", null)));
        assertEquals("setDefault(orders, status): default expression is missing",
                failure(r -> r.setDefault("orders", "status", "")));
        assertEquals("alterColumnType(orders, status): new type is missing",
                failure(r -> r.alterColumnType("orders", "status", null)));
        assertEquals("alterColumnIdentity(orders, id): from and to are both null (no identity either side)",
                failure(r -> r.alterColumnIdentity("orders", "id", null, null)));
        assertEquals("addColumn(orders): column definition is missing", failure(r -> r.addColumn("orders", null)));
    }

    @Test
    void constraintAndIndexCalls() {
        assertRecords(new AddPrimaryKey("t", new PrimaryKey(null, List.of("a", "b"))), r -> r.addPrimaryKey("t", null, "a", "b"));
        assertRecords(new DropPrimaryKey("t", "pk", null), r -> r.dropPrimaryKey("t", "pk"));
        assertRecords(new AddUniqueConstraint("t", new UniqueConstraint("uq", List.of("a"))), r -> r.addUniqueConstraint("t", "uq", "a"));
        assertRecords(new DropUniqueConstraint("t", "uq", null), r -> r.dropUniqueConstraint("t", "uq"));
        assertRecords(new AddForeignKey("t", new ForeignKey("fk", List.of("a", "b"), "u", List.of("x", "y"),
                        ReferentialAction.CASCADE, ReferentialAction.SET_NULL)),
                r -> r.addForeignKey("t", foreignKey("fk", "a", "b").references("u", "x", "y")
                        .onDelete(dev.retort.api.ReferentialAction.CASCADE)
                        .onUpdate(dev.retort.api.ReferentialAction.SET_NULL)));
        assertRecords(new DropForeignKey("t", "fk", null), r -> r.dropForeignKey("t", "fk"));
        assertRecords(new AddCheckConstraint("t", new CheckConstraint("ck", "a > 0")), r -> r.addCheckConstraint("t", "ck", "a > 0"));
        assertRecords(new DropCheckConstraint("t", "ck", null), r -> r.dropCheckConstraint("t", "ck"));
        Index index = new Index("ix", List.of(IndexKey.columnDesc("a")), false, null, List.of(), "brin");
        assertRecords(new CreateIndex("t", index, false), r -> r.createIndex("t", index("ix", desc("a")).using("brin")));
        assertRecords(new CreateIndex("t", index, true), r -> r.createIndexConcurrently("t", index("ix", desc("a")).using("brin")));
        assertRecords(new DropIndex("t", "ix", null, false), r -> r.dropIndex("t", "ix"));
        assertRecords(new DropIndex("t", "ix", null, true), r -> r.dropIndexConcurrently("t", "ix"));
        assertEquals("addPrimaryKey(t, pk): no columns given", failure(r -> r.addPrimaryKey("t", "pk")));
        assertEquals("dropForeignKey(t, ?): foreign key name is missing", failure(r -> r.dropForeignKey("t", null)));
    }

    @Test
    void sequenceAndEnumCalls() {
        Sequence s1 = new Sequence("s", 1, 1);
        Sequence s2 = new Sequence("s", 10, 5);
        assertRecords(new CreateSequence(s1), r -> r.createSequence(sequence("s")));
        assertRecords(new CreateSequence(s2), r -> r.createSequence(sequence("s").startWith(10).incrementBy(5)));
        assertRecords(new CreateSequence(s2), r -> r.createSequence(sequence("s", 10, 5)));
        assertRecords(new CreateSequence(new Sequence("down", -1, -1)),
                r -> r.createSequence(sequence("down").incrementBy(-1)));
        assertRecords(new AlterSequence("s", s1, s2), r -> r.alterSequence(sequence("s"), sequence("s", 10, 5)));
        assertRecords(new DropSequence("s", null), r -> r.dropSequence("s"));
        assertEquals("alterSequence(s): from and to name different sequences, t and s; alterSequence does not rename",
                failure(r -> r.alterSequence(sequence("t"), sequence("s"))));
        assertRecords(new CreateEnumType(new EnumType("mood", List.of("a", "b"))), r -> r.createEnumType("mood", "a", "b"));
        assertEquals("createEnumType(mood): value 'a' is listed twice", failure(r -> r.createEnumType("mood", "a", "a")));
        assertRecords(new DropEnumType("mood", null), r -> r.dropEnumType("mood"));
        assertRecords(new AddEnumValue("mood", "c", null, null), r -> r.addEnumValue("mood", "c"));
        assertRecords(new AddEnumValue("mood", "c", "b", null), r -> r.addEnumValueBefore("mood", "c", "b"));
        assertRecords(new AddEnumValue("mood", "c", null, "a"), r -> r.addEnumValueAfter("mood", "c", "a"));
        assertRecords(new DropEnumValue("mood", "c", null, null), r -> r.dropEnumValue("mood", "c"));
    }

    @Test
    void rawSqlAndJdbcAndTheOfflineFlag() {
        assertRecords(new ExecuteSql("UPDATE t SET a = 1", null), r -> r.execute("UPDATE t SET a = 1"));
        AtomicBoolean ran = new AtomicBoolean();
        JdbcWork work = c -> ran.set(true);
        RunJdbc jdbc = assertInstanceOf(RunJdbc.class, recorded(r -> r.jdbc("seed", work)));
        assertEquals("seed", jdbc.description());
        assertDoesNotThrow(() -> jdbc.work().run(null));
        assertTrue(ran.get(), "the recorded work runs the migration's code");
        assertEquals("jdbc(seed): JDBC work is missing", failure(r -> r.jdbc("seed", null)));
        assertTrue(new OperationRecorder(true).offline());
        assertFalse(new OperationRecorder(false).offline());
    }

    @Test
    void opsKeepCallOrderAndCannotBeChangedFromOutside() {
        OperationRecorder r = new OperationRecorder(false);
        r.createEnumType("mood", "a");
        r.addColumn("t", column("m", type("mood")));
        assertEquals(List.of(CreateEnumType.class, AddColumn.class), r.ops().stream().map(Object::getClass).toList());
        assertThrows(UnsupportedOperationException.class, () -> r.ops().clear());
    }
}
