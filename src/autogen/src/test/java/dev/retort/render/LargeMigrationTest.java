package dev.retort.render;

import dev.retort.runtime.exec.OperationRecorder;

import dev.retort.api.Migration;
import dev.retort.model.Column;
import dev.retort.model.ForeignKey;
import dev.retort.model.Index;
import dev.retort.model.PrimaryKey;
import dev.retort.model.SqlType;
import dev.retort.model.Table;
import dev.retort.model.UniqueConstraint;
import dev.retort.ops.AddForeignKey;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.CreateTable;
import dev.retort.ops.DropColumn;
import dev.retort.ops.MigrationOp;
import dev.retort.ops.Ops;
import dev.retort.testing.InMemoryCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/**
 * An initial migration of a thousand tables is more code than one Java method may hold (64 KB of bytecode,
 * "code too large"): the writer cuts such bodies into part methods, and the class still compiles and replays.
 */
class LargeMigrationTest {

    static List<MigrationOp> thousandTables() {
        List<MigrationOp> ops = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            String t = "table_" + i;
            ops.add(new CreateTable(new Table(t, List.of(
                    Column.of("id", SqlType.of("bigint")).withNullable(false),
                    Column.of("name", SqlType.withLength("varchar", 120)).withNullable(false),
                    Column.of("code", SqlType.withLength("varchar", 40)),
                    Column.of("amount", SqlType.withPrecision("numeric", 12, 2)),
                    Column.of("created_at", SqlType.withPrecision("timestamptz", 6, null)).withNullable(false),
                    Column.of("active", SqlType.of("boolean")).withNullable(false),
                    Column.of("parent_id", SqlType.of("bigint"))),
                    new PrimaryKey(t + "_pkey", List.of("id")),
                    List.of(new UniqueConstraint(t + "_code_key", List.of("code"))), List.of(), List.of(), List.of(),
                    null)));
        }
        for (int i = 1; i < 1000; i++) {
            ops.add(new CreateIndex("table_" + i, Index.on("ix_table_" + i + "_created", false, "created_at"), false));
            ops.add(new AddForeignKey("table_" + i, new ForeignKey("fk_table_" + i + "_parent", List.of("parent_id"),
                    "table_" + (i - 1), List.of("id"), null, null)));
        }
        return ops;
    }

    private static MigrationHeader header() {
        return MigrationHeader.of("a1b2c3d4e5f6", List.of(), "initial", Instant.parse("2026-11-21T08:00:00Z"));
    }

    @Test
    void aThousandTablesCompileInPartsAndReplay(@TempDir Path out) throws ReflectiveOperationException {
        List<MigrationOp> upgrade = thousandTables();
        MigrationHeader h = header();
        String source = new MigrationWriter().render(h, upgrade);
        assertTrue(source.contains("        upgradePart1(op);\n        upgradePart2(op);\n"), source.substring(0, 2000));
        assertTrue(source.contains("\n    private static void upgradePart1(Operations op) {\n        op.createTable("),
                source.substring(0, 2000));
        assertTrue(source.contains("\n    private static void downgradePart1(Operations op) {\n"));

        Migration migration = (Migration) InMemoryCompiler.compile(h.className(), source, out)
                .getDeclaredConstructor().newInstance();
        OperationRecorder up = new OperationRecorder(false);
        migration.upgrade(up);
        assertEquals(ApiView.of(upgrade), ApiView.of(up.ops()));
        OperationRecorder down = new OperationRecorder(false);
        migration.downgrade(down);
        assertEquals(ApiView.of(Ops.reverse(upgrade)), ApiView.of(down.ops()));
    }

    @Test
    void anIrreversibleStepInALargeDowngradeStillThrowsThere(@TempDir Path out) throws ReflectiveOperationException {
        List<MigrationOp> upgrade = new ArrayList<>(thousandTables());
        upgrade.add(new DropColumn("table_5", "fax", null));
        MigrationHeader h = header();
        String source = new MigrationWriter().render(h, upgrade);
        Migration migration = (Migration) InMemoryCompiler.compile(h.className(), source, out)
                .getDeclaredConstructor().newInstance();
        OperationRecorder down = new OperationRecorder(false);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> migration.downgrade(down));
        assertTrue(e.getMessage().contains("drop column table_5.fax"), e.getMessage());
        assertEquals(List.of(), down.ops());
    }

    @Test
    void smallMigrationsHaveNoParts() {
        String source = new MigrationWriter().render(header(), thousandTables().subList(0, 20));
        assertFalse(source.contains("Part1"), source);
    }

    @Test
    void aTeamTemplateWithoutThePartsPlaceholderSaysWhatToAdd(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("migration.java.tmpl");
        Files.writeString(file, """
                ${imports}
                ${annotation}
                public final class ${className} implements Migration {
                    public void upgrade(Operations op) {
                        ${upgrade}
                    }
                    public void downgrade(Operations op) {
                        ${downgrade}
                    }
                }
                """);
        MigrationWriter writer = MigrationWriter.withTemplate(file);
        assertFalse(writer.render(header(), thousandTables().subList(0, 20)).isEmpty());
        TemplateException e = assertThrows(TemplateException.class, () -> writer.render(header(), thousandTables()));
        assertTrue(e.getMessage().contains("${parts}"), e.getMessage());
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }
}
