package dev.retort.ops.review;

import dev.retort.model.*;
import dev.retort.ops.*;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.retort.ops.review.TypeChanges.Effect.*;
import static org.junit.jupiter.api.Assertions.*;

class RisksTest {
    private static SqlType varchar(int n) {
        return SqlType.withLength("varchar", n);
    }

    private static SqlType numeric(int p, int s) {
        return SqlType.withPrecision("numeric", p, s);
    }

    private static List<RiskKind> kinds(MigrationOp op) {
        return Risks.assess(List.of(op)).stream().map(Risk::kind).toList();
    }

    @Test
    void aTableMovedToAnotherSchemaIsNamedAsAPossibleMoveAndNothingCreatedThereIsReviewed() {
        Table report = Table.of("report", List.of(Column.of("id", SqlType.of("bigint"))));
        List<MigrationOp> ops = dev.retort.diff.SchemaDiff.diff(
                new SchemaModel(List.of(report.withSchema("reporting")), List.of(), List.of()),
                new SchemaModel(List.of(report), List.of(), List.of()));
        List<Risk> risks = Risks.assess(ops);
        assertEquals(List.of(RiskKind.DATA_LOSS, RiskKind.POSSIBLE_RENAME), risks.stream().map(Risk::kind).toList(),
                risks.toString());
        assertTrue(risks.get(1).message().contains("table report is dropped and reporting.report created with the"
                + " same columns") && risks.get(1).message().contains("ALTER TABLE report SET SCHEMA reporting"),
                risks.get(1).message());
    }

    @Test
    void dropsLoseData() {
        assertEquals(List.of(RiskKind.DATA_LOSS), kinds(new DropTable("users", null)));
        Risk r = Risks.assess(List.of(new DropColumn("users", "phone", null))).get(0);
        assertEquals("WARNING data loss: drops column users.phone and its data", r.message());
        assertEquals(List.of(RiskKind.DATA_LOSS), kinds(new DropEnumValue("mood", "sad", null, null)));
    }

    @Test
    void notNullWithoutDefaultOnExistingTableFails() {
        Column c = Column.of("country", SqlType.of("text")).withNullable(false);
        assertEquals(List.of(RiskKind.FAILS_ON_EXISTING_DATA), kinds(new AddColumn("users", c)));
        assertEquals(List.of(), kinds(new AddColumn("users", c.withDefault("'NL'"))));
        assertEquals(List.of(), kinds(new AddColumn("users", c.withNullable(true))));
        assertEquals(List.of(RiskKind.FAILS_ON_EXISTING_DATA), kinds(new AlterColumnNullable("users", "c", false)));
        assertEquals(List.of(), kinds(new AlterColumnNullable("users", "c", true)));
    }

    @Test
    void typeNarrowingLosesDataAndRewrites() {
        assertEquals(List.of(RiskKind.DATA_LOSS, RiskKind.TABLE_REWRITE),
                kinds(new AlterColumnType("users", "email", varchar(255), varchar(100), null)));
        assertEquals(List.of(), kinds(new AlterColumnType("users", "email", varchar(100), varchar(255), null)));
        assertEquals(List.of(RiskKind.TABLE_REWRITE),
                kinds(new AlterColumnType("users", "id", SqlType.of("integer"), SqlType.of("bigint"), null)));
    }

    @Test
    void conversionsThatMayFailOrDependOnTheTimeZoneSaySo() {
        assertEquals(List.of(RiskKind.FAILS_ON_EXISTING_DATA, RiskKind.TABLE_REWRITE),
                kinds(new AlterColumnType("orders", "total", SqlType.of("text"), numeric(12, 2), null)));
        assertEquals(List.of(RiskKind.TABLE_REWRITE), kinds(new AlterColumnType("users", "created",
                SqlType.withPrecision("timestamp", 6, null), SqlType.withPrecision("timestamptz", 6, null), null)));
        assertEquals(List.of(RiskKind.TABLE_REWRITE),
                kinds(new AlterColumnType("orders", "total", numeric(12, 2), SqlType.of("text"), null)));
    }

    @Test
    void typeChangeClassification() {
        assertEquals(NARROWING, TypeChanges.of(SqlType.of("bigint"), SqlType.of("integer")));
        assertEquals(NARROWING, TypeChanges.of(SqlType.of("integer"), SqlType.of("smallint")));
        assertEquals(NARROWING, TypeChanges.of(SqlType.of("double precision"), SqlType.of("real")));
        assertEquals(NARROWING, TypeChanges.of(numeric(10, 2), numeric(8, 2)));
        assertEquals(NARROWING, TypeChanges.of(numeric(10, 2), numeric(10, 1)));
        assertEquals(NARROWING, TypeChanges.of(numeric(10, 2), numeric(10, 3)), "fewer integer digits");
        assertEquals(NARROWING, TypeChanges.of(SqlType.of("text"), varchar(10)));
        assertEquals(NARROWING, TypeChanges.of(SqlType.of("numeric"), numeric(10, 2)));
        assertEquals(NARROWING, TypeChanges.of(SqlType.withPrecision("timestamptz", 6, null),
                SqlType.withPrecision("timestamptz", 3, null)));
        assertEquals(CONVERSION, TypeChanges.of(SqlType.of("text"), SqlType.of("integer")));
        assertEquals(CONVERSION, TypeChanges.of(varchar(36), SqlType.of("uuid")));
        assertEquals(CONVERSION, TypeChanges.of(SqlType.of("text"), SqlType.of("orderstatus")));
        assertEquals(CONVERSION, TypeChanges.of(SqlType.of("uuid"), varchar(10)), "a value's text may be too long");
        assertEquals(REWRITE, TypeChanges.of(numeric(12, 2), SqlType.of("text")), "every value has a text form");
        assertEquals(REWRITE, TypeChanges.of(SqlType.of("uuid"), SqlType.of("varchar")));
        assertEquals(REWRITE, TypeChanges.of(SqlType.of("text"), SqlType.of("citext")));
        assertEquals(REWRITE, TypeChanges.of(SqlType.of("citext"), SqlType.of("text")));
        assertEquals(NARROWING, TypeChanges.of(SqlType.of("citext"), varchar(20)));
        assertEquals(NARROWING, TypeChanges.of(numeric(12, 2), SqlType.of("integer")), "fractions are rounded");
        assertEquals(NARROWING, TypeChanges.of(SqlType.of("double precision"), SqlType.of("bigint")));
        assertEquals(REWRITE, TypeChanges.of(SqlType.of("integer"), SqlType.of("double precision")));
        assertEquals(TIME_ZONE, TypeChanges.of(SqlType.withPrecision("timestamp", 6, null),
                SqlType.withPrecision("timestamptz", 6, null)));
        assertEquals(TIME_ZONE, TypeChanges.of(SqlType.withPrecision("timestamptz", 6, null),
                SqlType.withPrecision("timestamp", 6, null)));
        assertEquals(NARROWING, TypeChanges.of(SqlType.withPrecision("timestamp", 6, null),
                SqlType.withPrecision("timestamptz", 3, null)));
        assertEquals(TIME_ZONE, TypeChanges.of(SqlType.of("date"), SqlType.withPrecision("timestamptz", 6, null)));
        assertEquals(REWRITE, TypeChanges.of(SqlType.of("date"), SqlType.withPrecision("timestamp", 6, null)));
        assertEquals(NARROWING, TypeChanges.of(SqlType.withPrecision("timestamptz", 6, null), SqlType.of("date")));
        assertEquals(CONVERSION, TypeChanges.of(SqlType.of("text"), new SqlType("text", null, null, null, 1)));
        assertEquals(NONE, TypeChanges.of(varchar(10), SqlType.of("text")));
        assertEquals(NONE, TypeChanges.of(varchar(10), SqlType.of("varchar")));
        assertEquals(NONE, TypeChanges.of(numeric(10, 2), numeric(12, 2)));
        assertEquals(NONE, TypeChanges.of(numeric(10, 2), SqlType.of("numeric")));
        assertEquals(NONE, TypeChanges.of(SqlType.withPrecision("timestamp", 3, null),
                SqlType.withPrecision("timestamp", 6, null)));
        assertEquals(REWRITE, TypeChanges.of(SqlType.of("integer"), SqlType.of("bigint")));
        assertEquals(REWRITE, TypeChanges.of(numeric(10, 2), numeric(12, 3)));
        assertEquals(REWRITE, TypeChanges.of(SqlType.withLength("char", 2), varchar(10)));
        assertEquals(REWRITE, TypeChanges.of(null, SqlType.of("text")));
    }

    @Test
    void uniqueAndIndexesOnExistingTables() {
        assertEquals(List.of(RiskKind.FAILS_ON_EXISTING_DATA), kinds(new AddUniqueConstraint("users",
                new UniqueConstraint("uq", List.of("email")))));
        assertEquals(List.of(RiskKind.BLOCKS_WRITES), kinds(new CreateIndex("users",
                Index.on("ix", false, "email"), false)));
        assertEquals(List.of(), kinds(new CreateIndex("users", Index.on("ix", false, "email"), true)));
        Risk unique = Risks.assess(List.of(new CreateIndex("users", Index.on("ux", true, "email"), false))).get(0);
        assertEquals(RiskKind.FAILS_ON_EXISTING_DATA, unique.kind());
        assertTrue(unique.detail().contains("blocks writes"), unique.detail());
    }

    @Test
    void operationsOnTablesCreatedInTheSameMigrationAreNotRisky() {
        Table t = Table.of("users", List.of(Column.of("id", SqlType.of("integer"))));
        List<MigrationOp> ops = List.of(
                new DropColumn("orders", "x", null),
                new CreateTable(t),
                new AddColumn("users", Column.of("c", SqlType.of("text")).withNullable(false)),
                new CreateIndex("users", Index.on("ux", true, "c"), false),
                new AlterColumnType("users", "id", SqlType.of("bigint"), SqlType.of("integer"), null),
                new RenameTable("users", "people"),
                new DropColumn("people", "c", null));
        List<Risk> risks = Risks.assess(ops);
        assertEquals(1, risks.size(), risks.toString());
        assertEquals(0, risks.get(0).index());
        assertEquals(List.of(1, 0, 0, 0, 0, 0, 0), Risks.byOperation(ops).stream().map(List::size).toList());
    }
}
