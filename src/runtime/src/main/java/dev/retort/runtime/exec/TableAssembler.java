package dev.retort.runtime.exec;

import dev.retort.api.ColumnDef;
import dev.retort.api.ForeignKeyDef;
import dev.retort.api.IndexDef;
import dev.retort.api.TableConstraintDef;
import dev.retort.api.TableElement;
import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.ForeignKey;
import dev.retort.model.Index;
import dev.retort.model.IndexKey;
import dev.retort.model.PrimaryKey;
import dev.retort.model.Table;
import dev.retort.model.UniqueConstraint;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Builds a {@link Table} from the elements of {@code createTable(name, elements...)}, checking them. */
final class TableAssembler {
    private final String table;
    private final String call;
    private final List<Column> columns = new ArrayList<>();
    private final List<UniqueConstraint> uniques = new ArrayList<>();
    private final List<CheckConstraint> checks = new ArrayList<>();
    private final List<ForeignKey> foreignKeys = new ArrayList<>();
    private final List<Index> indexes = new ArrayList<>();
    private PrimaryKey primaryKey;
    private String comment;

    private TableAssembler(String table) {
        this.table = table;
        this.call = Args.call("createTable", table);
    }

    static Table assemble(String table, TableElement... elements) {
        Args.name(table, Args.call("createTable", table), "table");
        TableAssembler a = new TableAssembler(table);
        for (TableElement element : Args.present(elements, a.call, "table elements")) {
            a.add(Args.present(element, a.call, "a table element"));
        }
        return a.finish();
    }

    private void add(TableElement element) {
        if (element instanceof ColumnDef c) {
            columns.add(ApiModel.model(c));
        } else if (element instanceof ForeignKeyDef fk) {
            foreignKeys.add(ApiModel.model(fk));
        } else if (element instanceof IndexDef i) {
            indexes.add(ApiModel.model(i));
        } else if (element instanceof TableConstraintDef.PrimaryKeyDef pk) {
            if (primaryKey != null) {
                throw new IllegalArgumentException(call + ": two primary keys, " + primaryKey.columns()
                        + " and " + pk.columns());
            }
            primaryKey = ApiModel.model(pk);
        } else if (element instanceof TableConstraintDef.UniqueDef u) {
            uniques.add(ApiModel.model(u));
        } else if (element instanceof TableConstraintDef.CheckDef c) {
            checks.add(ApiModel.model(c));
        } else if (element instanceof TableConstraintDef.CommentDef c) {
            if (comment != null) {
                throw new IllegalArgumentException(call + ": two table comments");
            }
            comment = c.comment();
        } else {
            throw new IllegalArgumentException(call + ": unknown table element " + element);
        }
    }

    private Table finish() {
        // no columns is allowed: PostgreSQL accepts CREATE TABLE t (), and a downgrade may have to recreate one
        Set<String> names = new HashSet<>();
        for (Column c : columns) {
            if (!names.add(c.name())) {
                throw new IllegalArgumentException(call + ": column " + c.name() + " is defined twice");
            }
        }
        if (primaryKey != null) {
            requireColumns("primary key " + orUnnamed(primaryKey.name()), primaryKey.columns(), names);
        }
        uniques.forEach(u -> requireColumns("unique constraint " + u.name(), u.columns(), names));
        foreignKeys.forEach(fk -> requireColumns("foreign key " + fk.name(), fk.columns(), names));
        for (Index i : indexes) {
            requireColumns("index " + i.name(), i.keys().stream().filter(k -> !k.isExpression())
                    .map(IndexKey::column).toList(), names);
            requireColumns("index " + i.name(), i.include(), names);
        }
        return new Table(table, columns, primaryKey, uniques, checks, foreignKeys, indexes, comment);
    }

    private void requireColumns(String what, Collection<String> used, Set<String> defined) {
        for (String column : used) {
            if (!defined.contains(column)) {
                throw new IllegalArgumentException(call + ": " + what + " names column " + column
                        + ", which table " + table + " does not define; columns: " + columnNames());
            }
        }
    }

    private List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }

    private static String orUnnamed(String name) {
        return name == null ? "(unnamed)" : name;
    }
}
