package dev.retort.runtime.exec;

import dev.retort.api.ColumnDef;
import dev.retort.api.Collation;
import dev.retort.api.ForeignKeyDef;
import dev.retort.api.TableConstraintDef;
import dev.retort.api.IndexDef;
import dev.retort.api.Operations;
import dev.retort.api.Cast;
import dev.retort.api.Identity;
import dev.retort.api.JdbcWork;
import dev.retort.api.Sequence;
import dev.retort.api.SqlType;
import dev.retort.api.TableElement;
import dev.retort.model.CheckConstraint;
import dev.retort.model.EnumType;
import dev.retort.model.PrimaryKey;
import dev.retort.model.UniqueConstraint;
import dev.retort.ops.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static dev.retort.runtime.exec.Args.call;
import static dev.retort.runtime.exec.Args.name;
import static dev.retort.runtime.exec.Args.present;
import static dev.retort.runtime.exec.Args.text;

/**
 * The {@link Operations} a migration's {@code upgrade}/{@code downgrade} calls: each call checks its
 * arguments, naming the object, and appends one {@link MigrationOp}, the API's values mapped to the model by
 * {@link ApiModel}. Calls that do not state what they
 * replace record operations whose {@link MigrationOp#reverse()} says so.
 */
public final class OperationRecorder implements Operations {
    private final boolean offline;
    private final List<MigrationOp> ops;
    /** The schema of the objects named in calls; null for the project's own. */
    private final String schema;

    public OperationRecorder(boolean offline) {
        this(offline, new ArrayList<>(), null);
    }

    private OperationRecorder(boolean offline, List<MigrationOp> ops, String schema) {
        this.offline = offline;
        this.ops = ops;
        this.schema = schema;
    }

    /** A view recording into the same list, its operations {@link InSchema in} {@code schema}. */
    @Override
    public Operations inSchema(String schema) {
        return new OperationRecorder(offline, ops, name(schema, call("inSchema", schema), "schema"));
    }

    @Override
    public void createSchema(String name) {
        ops.add(new CreateSchema(name(name, call("createSchema", name), "schema")));
    }

    @Override
    public void dropSchema(String name) {
        ops.add(new DropSchema(name(name, call("dropSchema", name), "schema")));
    }

    /** The operations recorded so far, in call order. */
    public List<MigrationOp> ops() {
        return List.copyOf(ops);
    }

    @Override
    public boolean offline() {
        return offline;
    }

    private void record(MigrationOp op) {
        if (schema == null || op instanceof ExecuteSql || op instanceof RunJdbc) {
            ops.add(op); // raw SQL runs as written
        } else {
            ops.add(new InSchema(schema, op));
        }
    }

    // ---- tables

    @Override
    public void createTable(String name, TableElement... elements) {
        record(new CreateTable(TableAssembler.assemble(name, elements)));
    }

    @Override
    public void dropTable(String name) {
        record(new DropTable(name(name, call("dropTable", name), "table"), null));
    }

    @Override
    public void renameTable(String name, String newName) {
        String c = call("renameTable", name, newName);
        record(new RenameTable(name(name, c, "table"), name(newName, c, "new table")));
    }

    @Override
    public void setTableComment(String table, String from, String to) {
        record(new SetTableComment(name(table, call("setTableComment", table), "table"), from, to, true));
    }

    @Override
    public void setTableComment(String table, String comment) {
        record(new SetTableComment(name(table, call("setTableComment", table), "table"), null, comment, false));
    }

    // ---- columns

    @Override
    public void addColumn(String table, ColumnDef column) {
        String c = call("addColumn", table);
        name(table, c, "table");
        record(new AddColumn(table, ApiModel.model(present(column, c, "column definition"))));
    }

    @Override
    public void dropColumn(String table, String column) {
        record(new DropColumn(table(table, "dropColumn", column), column(column, "dropColumn", table), null));
    }

    @Override
    public void renameColumn(String table, String column, String newName) {
        String c = call("renameColumn", table, column);
        record(new RenameColumn(name(table, c, "table"), name(column, c, "column"), name(newName, c, "new column")));
    }

    @Override
    public void alterColumnType(String table, String column, SqlType from, SqlType to) {
        alterColumnType(table, column, from, to, null);
    }

    @Override
    public void alterColumnType(String table, String column, SqlType from, SqlType to, String using) {
        String c = call("alterColumnType", table, column);
        record(new AlterColumnType(name(table, c, "table"), name(column, c, "column"), ApiModel.model(from),
                ApiModel.model(present(to, c, "new type")), using));
    }

    @Override
    public void alterColumnCollation(String table, String column, SqlType type, String from, String to) {
        String c = call("alterColumnCollation", table, column);
        dev.retort.model.SqlType t = ApiModel.model(present(type, c, "type"));
        record(new AlterColumnType(name(table, c, "table"), name(column, c, "column"), t, t, null, from, to));
    }

    @Override
    public void alterColumnType(String table, String column, SqlType from, SqlType to, String using,
                                Collation collation) {
        String c = call("alterColumnType", table, column);
        Collation stated = present(collation, c, "collation");
        record(new AlterColumnType(name(table, c, "table"), name(column, c, "column"), ApiModel.model(from),
                ApiModel.model(present(to, c, "new type")), using, stated.from(), stated.to()));
    }

    @Override
    public void alterColumnType(String table, String column, SqlType to) {
        alterColumnType(table, column, null, to, null);
    }

    @Override
    public void setNotNull(String table, String column) {
        record(new AlterColumnNullable(table(table, "setNotNull", column), column(column, "setNotNull", table), false));
    }

    @Override
    public void dropNotNull(String table, String column) {
        record(new AlterColumnNullable(table(table, "dropNotNull", column), column(column, "dropNotNull", table), true));
    }

    @Override
    public void alterColumnDefault(String table, String column, String from, String to) {
        record(new AlterColumnDefault(table(table, "alterColumnDefault", column),
                column(column, "alterColumnDefault", table), from, to, true));
    }

    @Override
    public void setDefault(String table, String column, String expression) {
        String c = call("setDefault", table, column);
        record(new AlterColumnDefault(name(table, c, "table"), name(column, c, "column"), null,
                text(expression, c, "default expression"), false));
    }

    @Override
    public void alterColumnIdentity(String table, String column, Identity from, Identity to) {
        String c = call("alterColumnIdentity", table, column);
        if (from == null && to == null) {
            throw new IllegalArgumentException(c + ": from and to are both null (no identity either side)");
        }
        record(new AlterColumnIdentity(name(table, c, "table"), name(column, c, "column"), ApiModel.model(from),
                ApiModel.model(to)));
    }

    @Override
    public void setColumnComment(String table, String column, String from, String to) {
        record(new SetColumnComment(table(table, "setColumnComment", column),
                column(column, "setColumnComment", table), from, to, true));
    }

    @Override
    public void setColumnComment(String table, String column, String comment) {
        record(new SetColumnComment(table(table, "setColumnComment", column),
                column(column, "setColumnComment", table), null, comment, false));
    }

    // ---- constraints and indexes

    @Override
    public void addPrimaryKey(String table, String name, String... columns) {
        String c = call("addPrimaryKey", table, name);
        record(new AddPrimaryKey(name(table, c, "table"), new PrimaryKey(name, columns(columns, c))));
    }

    @Override
    public void addPrimaryKey(String table, TableConstraintDef.PrimaryKeyDef primaryKey) {
        String c = call("addPrimaryKey", table);
        record(new AddPrimaryKey(name(table, c, "table"), ApiModel.model(present(primaryKey, c, "primary key"))));
    }

    @Override
    public void dropPrimaryKey(String table, String name) {
        String c = call("dropPrimaryKey", table, name);
        record(new DropPrimaryKey(name(table, c, "table"), name(name, c, "primary key"), null));
    }

    @Override
    public void addUniqueConstraint(String table, String name, String... columns) {
        String c = call("addUniqueConstraint", table, name);
        record(new AddUniqueConstraint(name(table, c, "table"),
                new UniqueConstraint(name(name, c, "constraint"), columns(columns, c))));
    }

    @Override
    public void addUniqueConstraint(String table, TableConstraintDef.UniqueDef unique) {
        String c = call("addUniqueConstraint", table);
        record(new AddUniqueConstraint(name(table, c, "table"), ApiModel.model(present(unique, c, "unique constraint"))));
    }

    @Override
    public void dropUniqueConstraint(String table, String name) {
        String c = call("dropUniqueConstraint", table, name);
        record(new DropUniqueConstraint(name(table, c, "table"), name(name, c, "constraint"), null));
    }

    @Override
    public void addForeignKey(String table, ForeignKeyDef foreignKey) {
        String c = call("addForeignKey", table);
        name(table, c, "table");
        record(new AddForeignKey(table, ApiModel.model(present(foreignKey, c, "foreign key"))));
    }

    @Override
    public void dropForeignKey(String table, String name) {
        String c = call("dropForeignKey", table, name);
        record(new DropForeignKey(name(table, c, "table"), name(name, c, "foreign key"), null));
    }

    @Override
    public void addCheckConstraint(String table, String name, String expression) {
        String c = call("addCheckConstraint", table, name);
        record(new AddCheckConstraint(name(table, c, "table"),
                new CheckConstraint(name(name, c, "constraint"), text(expression, c, "check expression"))));
    }

    @Override
    public void dropCheckConstraint(String table, String name) {
        String c = call("dropCheckConstraint", table, name);
        record(new DropCheckConstraint(name(table, c, "table"), name(name, c, "constraint"), null));
    }

    @Override
    public void createIndex(String table, IndexDef index) {
        createIndex("createIndex", table, index, false);
    }

    @Override
    public void createIndexConcurrently(String table, IndexDef index) {
        createIndex("createIndexConcurrently", table, index, true);
    }

    private void createIndex(String method, String table, IndexDef index, boolean concurrently) {
        String c = call(method, table);
        name(table, c, "table");
        record(new CreateIndex(table, ApiModel.model(present(index, c, "index")), concurrently));
    }

    @Override
    public void dropIndex(String table, String name) {
        String c = call("dropIndex", table, name);
        record(new DropIndex(name(table, c, "table"), name(name, c, "index"), null, false));
    }

    @Override
    public void dropIndexConcurrently(String table, String name) {
        String c = call("dropIndexConcurrently", table, name);
        record(new DropIndex(name(table, c, "table"), name(name, c, "index"), null, true));
    }

    @Override
    public void renameConstraint(String table, String name, String newName) {
        String c = call("renameConstraint", table, name);
        record(new RenameConstraint(name(table, c, "table"), name(name, c, "constraint"),
                name(newName, c, "new constraint")));
    }

    @Override
    public void renameIndex(String table, String name, String newName) {
        String c = call("renameIndex", table, name);
        record(new RenameIndex(name(table, c, "table"), name(name, c, "index"), name(newName, c, "new index")));
    }

    // ---- sequences

    @Override
    public void createSequence(Sequence sequence) {
        record(new CreateSequence(ApiModel.model(present(sequence, "createSequence", "sequence"))));
    }

    @Override
    public void alterSequence(Sequence from, Sequence to) {
        String c = call("alterSequence", to == null ? null : to.name());
        present(to, c, "new sequence settings");
        if (from != null && !from.name().equals(to.name())) {
            throw new IllegalArgumentException(c + ": from and to name different sequences, " + from.name()
                    + " and " + to.name() + "; alterSequence does not rename");
        }
        record(new AlterSequence(to.name(), ApiModel.model(from), ApiModel.model(to)));
    }

    @Override
    public void dropSequence(String name) {
        record(new DropSequence(name(name, call("dropSequence", name), "sequence"), null));
    }

    // ---- enum types

    @Override
    public void createEnumType(String name, String... values) {
        String c = call("createEnumType", name);
        Set<String> seen = new HashSet<>();
        for (String value : present(values, c, "values")) {
            present(value, c, "a value");
            if (!seen.add(value)) {
                throw new IllegalArgumentException(c + ": value '" + value + "' is listed twice");
            }
        }
        record(new CreateEnumType(new EnumType(name(name, c, "enum type"), List.of(values))));
    }

    @Override
    public void dropEnumType(String name) {
        record(new DropEnumType(name(name, call("dropEnumType", name), "enum type"), null));
    }

    @Override
    public void addEnumValue(String type, String value) {
        addEnumValue("addEnumValue", type, value, null, null);
    }

    @Override
    public void addEnumValueBefore(String type, String value, String before) {
        addEnumValue("addEnumValueBefore", type, value, present(before, call("addEnumValueBefore", type, value),
                "the value to insert before"), null);
    }

    @Override
    public void addEnumValueAfter(String type, String value, String after) {
        addEnumValue("addEnumValueAfter", type, value, null, present(after, call("addEnumValueAfter", type, value),
                "the value to insert after"));
    }

    private void addEnumValue(String method, String type, String value, String before, String after) {
        String c = call(method, type, value);
        record(new AddEnumValue(name(type, c, "enum type"), present(value, c, "value"), before, after));
    }

    @Override
    public void dropEnumValue(String type, String value) {
        String c = call("dropEnumValue", type, value);
        record(new DropEnumValue(name(type, c, "enum type"), present(value, c, "value"), null, null));
    }

    // ---- casts

    @Override
    public void createImplicitCast(String source, String target) {
        String c = call("createImplicitCast", source, target);
        record(new CreateCast(dev.retort.model.Cast.implicitInout(castType(source, c, "source"), castType(target, c, "target"))));
    }

    @Override
    public void createCast(Cast cast) {
        String c = call("createCast", cast == null ? null : cast.source(), cast == null ? null : cast.target());
        present(cast, c, "cast");
        dev.retort.model.Cast stated = ApiModel.model(cast);
        record(new CreateCast(new dev.retort.model.Cast(castType(cast.source(), c, "source"),
                castType(cast.target(), c, "target"), stated.context(), stated.method(), stated.function())));
    }

    @Override
    public void dropCast(String source, String target) {
        String c = call("dropCast", source, target);
        record(new DropCast(castType(source, c, "source"), castType(target, c, "target"), null));
    }

    /** A cast's type as the model names it: {@code character varying} (any case) is {@code varchar}. */
    private static String castType(String type, String call, String what) {
        String t = name(type, call, what + " type").strip();
        return t.equalsIgnoreCase("varchar") || t.equalsIgnoreCase("character varying") ? dev.retort.model.Cast.VARCHAR : t;
    }

    // ---- raw SQL and data

    @Override
    public void execute(String sql) {
        record(new ExecuteSql(text(sql, "execute", "SQL"), null));
    }

    @Override
    public void jdbc(String description, JdbcWork work) {
        String c = call("jdbc", description);
        record(new RunJdbc(text(description, c, "description"), ApiModel.model(present(work, c, "JDBC work"))));
    }

    // ---- helpers

    private static String table(String table, String method, String column) {
        return name(table, call(method, table, column), "table");
    }

    private static String column(String column, String method, String table) {
        return name(column, call(method, table, column), "column");
    }

    private static List<String> columns(String[] columns, String call) {
        if (columns == null || columns.length == 0) {
            throw new IllegalArgumentException(call + ": no columns given");
        }
        for (String column : columns) {
            name(column, call, "column");
        }
        return List.of(columns);
    }
}
