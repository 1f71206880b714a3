package dev.retort.autogen;

import dev.retort.model.Column;
import dev.retort.model.SchemaModel;
import dev.retort.model.SqlType;
import dev.retort.model.Table;
import dev.retort.ops.AddColumn;
import dev.retort.ops.InSchema;
import dev.retort.ops.MigrationOp;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The entities' own spelling of expressions goes back into the operations, from the table of the same schema. */
class ReadableExpressionsTest {
    private static final SqlType VARCHAR = SqlType.withLength("varchar", 10);

    private static Table report(String schema, String defaultValue) {
        return Table.of("report", List.of(Column.of("status", VARCHAR).withDefault(defaultValue))).withSchema(schema);
    }

    @Test
    void namesakeTablesOfTwoSchemasKeepTheirOwnExpressions() {
        SchemaModel scanned = new SchemaModel(List.of(report(null, "'open'"), report("reporting", "'draft'")),
                List.of(), List.of());
        Column canonicalOpen = Column.of("status", VARCHAR).withDefault("'open'::character varying");
        Column canonicalDraft = Column.of("status", VARCHAR).withDefault("'draft'::character varying");
        List<MigrationOp> readable = new ReadableExpressions(scanned).apply(List.of(
                new AddColumn("report", canonicalOpen),
                new InSchema("reporting", new AddColumn("report", canonicalDraft))));
        assertEquals(List.of(new AddColumn("report", Column.of("status", VARCHAR).withDefault("'open'")),
                new InSchema("reporting", new AddColumn("report", Column.of("status", VARCHAR).withDefault("'draft'")))),
                readable);
    }
}
