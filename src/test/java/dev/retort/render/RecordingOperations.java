package dev.retort.render;

import dev.retort.api.ColumnDef;
import dev.retort.api.ForeignKeyDef;
import dev.retort.api.IndexDef;
import dev.retort.api.Operations;
import dev.retort.api.TableConstraintDef;
import dev.retort.api.TableElement;
import dev.retort.model.*;
import dev.retort.ops.*;

import java.util.ArrayList;
import java.util.List;

/** An {@link Operations} that records each call as the {@link MigrationOp} it stands for. */
final class RecordingOperations implements Operations {
    final List<MigrationOp> ops = new ArrayList<>();

    @Override
    public void createTable(String name, TableElement... elements) {
        List<Column> columns = new ArrayList<>();
        PrimaryKey pk = null;
        List<UniqueConstraint> uniques = new ArrayList<>();
        List<CheckConstraint> checks = new ArrayList<>();
        List<ForeignKey> fks = new ArrayList<>();
        List<Index> indexes = new ArrayList<>();
        String comment = null;
        for (TableElement e : elements) {
            if (e instanceof ColumnDef c) {
                columns.add(c.column());
            } else if (e instanceof ForeignKeyDef f) {
                fks.add(f.toForeignKey());
            } else if (e instanceof IndexDef i) {
                indexes.add(i.index());
            } else if (e instanceof TableConstraintDef.PrimaryKeyDef p) {
                pk = p.primaryKey();
            } else if (e instanceof TableConstraintDef.UniqueDef u) {
                uniques.add(u.unique());
            } else if (e instanceof TableConstraintDef.CheckDef c) {
                checks.add(c.check());
            } else if (e instanceof TableConstraintDef.CommentDef c) {
                comment = c.comment();
            }
        }
        ops.add(new CreateTable(new Table(name, columns, pk, uniques, checks, fks, indexes, comment)));
    }

    @Override
    public void dropTable(String name) {
        ops.add(new DropTable(name, null));
    }

    @Override
    public void renameTable(String name, String newName) {
        ops.add(new RenameTable(name, newName));
    }

    @Override
    public void setTableComment(String table, String from, String to) {
        ops.add(new SetTableComment(table, from, to, true));
    }

    @Override
    public void setTableComment(String table, String comment) {
        ops.add(new SetTableComment(table, null, comment, false));
    }

    @Override
    public void addColumn(String table, ColumnDef column) {
        ops.add(new AddColumn(table, column.column()));
    }

    @Override
    public void dropColumn(String table, String column) {
        ops.add(new DropColumn(table, column, null));
    }

    @Override
    public void renameColumn(String table, String column, String newName) {
        ops.add(new RenameColumn(table, column, newName));
    }

    @Override
    public void alterColumnType(String table, String column, SqlType from, SqlType to) {
        ops.add(new AlterColumnType(table, column, from, to, null));
    }

    @Override
    public void alterColumnType(String table, String column, SqlType from, SqlType to, String using) {
        ops.add(new AlterColumnType(table, column, from, to, using));
    }

    @Override
    public void alterColumnType(String table, String column, SqlType to) {
        ops.add(new AlterColumnType(table, column, null, to, null));
    }

    @Override
    public void setNotNull(String table, String column) {
        ops.add(new AlterColumnNullable(table, column, false));
    }

    @Override
    public void dropNotNull(String table, String column) {
        ops.add(new AlterColumnNullable(table, column, true));
    }

    @Override
    public void alterColumnDefault(String table, String column, String from, String to) {
        ops.add(new AlterColumnDefault(table, column, from, to, true));
    }

    @Override
    public void setDefault(String table, String column, String expression) {
        ops.add(new AlterColumnDefault(table, column, null, expression, false));
    }

    @Override
    public void alterColumnIdentity(String table, String column, Identity from, Identity to) {
        ops.add(new AlterColumnIdentity(table, column, from, to));
    }

    @Override
    public void setColumnComment(String table, String column, String from, String to) {
        ops.add(new SetColumnComment(table, column, from, to, true));
    }

    @Override
    public void setColumnComment(String table, String column, String comment) {
        ops.add(new SetColumnComment(table, column, null, comment, false));
    }

    @Override
    public void addPrimaryKey(String table, String name, String... columns) {
        ops.add(new AddPrimaryKey(table, new PrimaryKey(name, List.of(columns))));
    }

    @Override
    public void dropPrimaryKey(String table, String name) {
        ops.add(new DropPrimaryKey(table, name, null));
    }

    @Override
    public void addUniqueConstraint(String table, String name, String... columns) {
        ops.add(new AddUniqueConstraint(table, new UniqueConstraint(name, List.of(columns))));
    }

    @Override
    public void dropUniqueConstraint(String table, String name) {
        ops.add(new DropUniqueConstraint(table, name, null));
    }

    @Override
    public void addForeignKey(String table, ForeignKeyDef foreignKey) {
        ops.add(new AddForeignKey(table, foreignKey.toForeignKey()));
    }

    @Override
    public void dropForeignKey(String table, String name) {
        ops.add(new DropForeignKey(table, name, null));
    }

    @Override
    public void addCheckConstraint(String table, String name, String expression) {
        ops.add(new AddCheckConstraint(table, new CheckConstraint(name, expression)));
    }

    @Override
    public void dropCheckConstraint(String table, String name) {
        ops.add(new DropCheckConstraint(table, name, null));
    }

    @Override
    public void createIndex(String table, IndexDef index) {
        ops.add(new CreateIndex(table, index.index(), false));
    }

    @Override
    public void createIndexConcurrently(String table, IndexDef index) {
        ops.add(new CreateIndex(table, index.index(), true));
    }

    @Override
    public void dropIndex(String table, String name) {
        ops.add(new DropIndex(table, name, null, false));
    }

    @Override
    public void dropIndexConcurrently(String table, String name) {
        ops.add(new DropIndex(table, name, null, true));
    }

    @Override
    public void createSequence(Sequence sequence) {
        ops.add(new CreateSequence(sequence));
    }

    @Override
    public void alterSequence(Sequence from, Sequence to) {
        ops.add(new AlterSequence(to.name(), from, to));
    }

    @Override
    public void dropSequence(String name) {
        ops.add(new DropSequence(name, null));
    }

    @Override
    public void createEnumType(String name, String... values) {
        ops.add(new CreateEnumType(new EnumType(name, List.of(values))));
    }

    @Override
    public void dropEnumType(String name) {
        ops.add(new DropEnumType(name, null));
    }

    @Override
    public void addEnumValue(String type, String value) {
        ops.add(new AddEnumValue(type, value, null, null));
    }

    @Override
    public void addEnumValueBefore(String type, String value, String before) {
        ops.add(new AddEnumValue(type, value, before, null));
    }

    @Override
    public void addEnumValueAfter(String type, String value, String after) {
        ops.add(new AddEnumValue(type, value, null, after));
    }

    @Override
    public void dropEnumValue(String type, String value) {
        ops.add(new DropEnumValue(type, value, null, null));
    }

    @Override
    public void execute(String sql) {
        ops.add(new ExecuteSql(sql, null));
    }

    @Override
    public void jdbc(String description, JdbcWork work) {
        ops.add(new RunJdbc(description, work));
    }

    @Override
    public boolean offline() {
        return false;
    }
}
