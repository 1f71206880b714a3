package dev.retort.diff;

import dev.retort.model.*;
import dev.retort.ops.*;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.retort.diff.Fixtures.*;
import static org.junit.jupiter.api.Assertions.*;

/** The diff matches objects by (schema, name) and runs the operations of another schema in it. */
class SchemaDiffSchemasTest {
    private static final Table REPORT = table("report", notNull("id", INTEGER), col("title", TEXT))
            .withPrimaryKey(new PrimaryKey("report_pkey", List.of("id")));

    @Test
    void namesakesInTwoSchemasAreTwoTables() {
        SchemaModel both = new SchemaModel(List.of(REPORT, REPORT.withSchema("reporting")), List.of(), List.of(),
                List.of("reporting"));
        assertEquals(List.of(), SchemaDiff.diff(both, both));

        SchemaModel onlyPublic = new SchemaModel(List.of(REPORT), List.of(), List.of(), List.of("reporting"));
        assertEquals(List.of(new InSchema("reporting", new CreateTable(REPORT.withSchema("reporting")))),
                SchemaDiff.diff(both, onlyPublic), "the schema exists already: no createSchema");
    }

    @Test
    void aTableMovedToAnotherSchemaIsCreatedThereAndDroppedHereNeverRenamed() {
        SchemaModel actual = new SchemaModel(List.of(REPORT), List.of(), List.of());
        SchemaModel desired = new SchemaModel(List.of(REPORT.withSchema("reporting")), List.of(), List.of());
        List<MigrationOp> ops = SchemaDiff.diff(desired, actual);
        assertEquals(List.of(new CreateSchema("reporting"), new DropTable("report", REPORT),
                new InSchema("reporting", new CreateTable(REPORT.withSchema("reporting")))), ops);
    }

    @Test
    void aColumnChangeInAnotherSchemaRunsThere() {
        Table before = REPORT.withSchema("reporting");
        Table after = before.withColumns(List.of(notNull("id", INTEGER), col("title", TEXT), col("note", TEXT)));
        List<MigrationOp> ops = SchemaDiff.diff(new SchemaModel(List.of(after), List.of(), List.of()),
                new SchemaModel(List.of(before), List.of(), List.of(), List.of("reporting")));
        assertEquals(List.of(new InSchema("reporting", new AddColumn("report", col("note", TEXT)))), ops);
        assertEquals(List.of(new InSchema("reporting", new DropColumn("report", "note", col("note", TEXT)))),
                Ops.reverse(ops));
    }

    @Test
    void aForeignKeyToAnotherSchemaIsComparedWithItsSchema() {
        ForeignKey toPublic = new ForeignKey("fk_line_report", List.of("report_id"), "report", List.of("id"), null, null);
        ForeignKey toReporting = toPublic.withReferencedSchema("reporting");
        Table line = table("line", notNull("id", INTEGER), col("report_id", INTEGER));
        SchemaModel actual = new SchemaModel(List.of(REPORT, REPORT.withSchema("reporting"),
                line.withForeignKeys(List.of(toPublic))), List.of(), List.of(), List.of("reporting"));
        SchemaModel desired = new SchemaModel(List.of(REPORT, REPORT.withSchema("reporting"),
                line.withForeignKeys(List.of(toReporting))), List.of(), List.of());
        List<MigrationOp> ops = SchemaDiff.diff(desired, actual);
        assertEquals(List.of(new DropForeignKey("line", "fk_line_report", toPublic),
                new AddForeignKey("line", toReporting)), ops);
    }

    @Test
    void renamesAreNotPairedAcrossSchemas() {
        // the same columns under another name in another schema: a candidate only within one schema
        Table old = REPORT.withSchema("archive");
        Table renamed = REPORT.withName("summary").withSchema("reporting");
        DiffOptions asking = DiffOptions.defaults().withRenames(new Renames(List.of(), candidate -> {
            throw new AssertionError("asked about " + candidate);
        }));
        List<MigrationOp> ops = SchemaDiff.diff(new SchemaModel(List.of(renamed), List.of(), List.of()),
                new SchemaModel(List.of(old), List.of(), List.of(), List.of("archive", "reporting")), asking);
        assertTrue(ops.stream().noneMatch(op -> InSchema.unwrap(op) instanceof RenameTable), ops.toString());
    }

    @Test
    void aRenameHintNamesTheTableOfTheOneSchemaThatHasIt() {
        Table old = REPORT.withSchema("reporting");
        Table renamed = REPORT.withName("summary").withSchema("reporting");
        DiffOptions hint = DiffOptions.defaults().withRenames(Renames.of(List.of("report=summary", "summary.title=heading")));
        Table headed = renamed.withColumns(List.of(notNull("id", INTEGER), col("heading", TEXT)));
        List<MigrationOp> ops = SchemaDiff.diff(new SchemaModel(List.of(headed), List.of(), List.of()),
                new SchemaModel(List.of(old), List.of(), List.of(), List.of("reporting")), hint);
        assertEquals(List.of(new InSchema("reporting", new RenameTable("report", "summary")),
                new InSchema("reporting", new RenameColumn("summary", "title", "heading"))), ops);

        SchemaModel twoOthers = new SchemaModel(List.of(old, REPORT.withSchema("archive")), List.of(), List.of(),
                List.of("archive", "reporting"));
        dev.retort.errors.RetortException e = assertThrows(dev.retort.errors.RetortException.class, () -> SchemaDiff.diff(
                new SchemaModel(List.of(renamed, REPORT.withName("summary").withSchema("archive")), List.of(),
                        List.of()), twoOthers, DiffOptions.defaults().withRenames(Renames.of(List.of("report=summary")))));
        assertTrue(e.getMessage().contains("archive and reporting both have a table report"), e.getMessage());
    }
}
