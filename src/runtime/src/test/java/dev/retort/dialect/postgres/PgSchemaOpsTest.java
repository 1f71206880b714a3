package dev.retort.dialect.postgres;

import dev.retort.model.Column;
import dev.retort.model.EnumType;
import dev.retort.model.ForeignKey;
import dev.retort.model.Identity;
import dev.retort.model.Index;
import dev.retort.model.PrimaryKey;
import dev.retort.model.Sequence;
import dev.retort.model.SqlType;
import dev.retort.model.Table;
import dev.retort.ops.*;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.retort.dialect.postgres.RoundTrip.apply;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Operations in another schema run there on real PostgreSQL, each name part quoted on its own. */
class PgSchemaOpsTest {
    private static final String S = "Reporting Data";
    private static final SqlType BIGINT = SqlType.of("bigint");

    private static Table report() {
        return new Table("report", List.of(Column.of("id", BIGINT).withNullable(false)
                        .withIdentity(new Identity(false, null, null)), Column.of("title", SqlType.of("text"))
                        .withComment("shown")),
                new PrimaryKey("report_pkey", List.of("id")), List.of(), List.of(), List.of(),
                List.of(Index.on("report_title_idx", false, "title")), "reports", S);
    }

    private static Table line() {
        return new Table("line", List.of(Column.of("id", BIGINT).withNullable(false), Column.of("report_id", BIGINT)),
                null, List.of(), List.of(), List.of(new ForeignKey("fk_line_report", List.of("report_id"), "report",
                List.of("id"), null, null, S)), List.of(), null);
    }

    @Test
    void everyKindOfObjectLandsInItsSchemaAndTheReverseRemovesIt() {
        try (TestDatabase db = TestDatabases.create("pg_schema_ops")) {
            List<MigrationOp> ops = List.of(
                    new CreateSchema(S),
                    new InSchema(S, new CreateSequence(new Sequence("report_seq", 1, 50))),
                    new InSchema(S, new CreateEnumType(new EnumType("mood", List.of("a", "b")))),
                    new InSchema(S, new CreateTable(report())),
                    new CreateTable(line()),
                    new InSchema(S, new AddColumn("report", Column.of("note", SqlType.of("text")).withComment("n"))),
                    new InSchema(S, new RenameIndex("report", "report_title_idx", "report_title_ix")),
                    new InSchema(S, new AddEnumValue("mood", "c", null, "b")),
                    new InSchema(S, new SetTableComment("report", "reports", "all reports", true)));
            apply(db, ops.toArray(MigrationOp[]::new));
            assertEquals(List.of("Reporting Data.report", "Reporting Data.report_id_seq",
                            "Reporting Data.report_pkey", "Reporting Data.report_seq", "Reporting Data.report_title_ix",
                            "public.line"),
                    db.column("SELECT n.nspname || '.' || c.relname FROM pg_class c JOIN pg_namespace n"
                            + " ON n.oid = c.relnamespace WHERE n.nspname IN ('public', 'Reporting Data')"
                            + " ORDER BY n.nspname, c.relname"));
            assertEquals(List.of("Reporting Data.report"), db.column("SELECT n.nspname || '.' || c.relname"
                    + " FROM pg_constraint k JOIN pg_class c ON c.oid = k.confrelid JOIN pg_namespace n"
                    + " ON n.oid = c.relnamespace WHERE k.conname = 'fk_line_report'"));
            assertEquals(List.of("all reports"), db.column("SELECT obj_description('\"Reporting Data\".report'::regclass)"));

            apply(db, new InSchema(S, new DropEnumValue("mood", "a", null, "b")));
            assertEquals(List.of("b", "c"), db.column("SELECT e.enumlabel FROM pg_enum e JOIN pg_type t"
                    + " ON t.oid = e.enumtypid JOIN pg_namespace n ON n.oid = t.typnamespace"
                    + " WHERE n.nspname = 'Reporting Data' AND t.typname = 'mood' ORDER BY e.enumsortorder"));
            apply(db, new InSchema(S, new AddEnumValue("mood", "a", "b", null)));

            apply(db, Ops.reverse(ops).toArray(MigrationOp[]::new));
            assertEquals(List.of(), db.column("SELECT nspname FROM pg_namespace WHERE nspname = 'Reporting Data'"));
            assertEquals(List.of(), db.column("SELECT relname FROM pg_class c JOIN pg_namespace n"
                    + " ON n.oid = c.relnamespace WHERE n.nspname = 'public'"));
        }
    }

    @Test
    void namesAreQualifiedPartByPart() {
        PostgresDialect dialect = new PostgresDialect();
        assertEquals(List.of("CREATE SCHEMA \"Reporting Data\""), dialect.toSql(new CreateSchema(S)));
        assertEquals(List.of("DROP SCHEMA \"Reporting Data\""), dialect.toSql(new DropSchema(S)));
        assertEquals(List.of("DROP INDEX \"Reporting Data\".report_title_idx"),
                dialect.toSql(new InSchema(S, new DropIndex("report", "report_title_idx", null, false))));
        assertEquals(List.of("ALTER TABLE line ADD CONSTRAINT fk_line_report FOREIGN KEY (report_id)"
                        + " REFERENCES \"Reporting Data\".report (id)"),
                dialect.toSql(new AddForeignKey("line", line().foreignKeys().get(0))));
        assertEquals(List.of("ALTER TABLE \"Reporting Data\".report RENAME TO \"order\""),
                dialect.toSql(new InSchema(S, new RenameTable("report", "order"))));
    }
}
