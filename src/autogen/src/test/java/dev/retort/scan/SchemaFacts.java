package dev.retort.scan;

import dev.retort.model.Column;
import dev.retort.model.ForeignKey;
import dev.retort.model.Index;
import dev.retort.model.IndexKey;
import dev.retort.model.SchemaModel;
import dev.retort.model.SqlType;
import dev.retort.model.Table;

import java.util.Comparator;
import java.util.List;

/**
 * What the oracle compares between the scanned model and the catalog of a database built from Hibernate's DDL:
 * everything but the text of check, default and generation expressions, which only the dialect's normalizer
 * can compare.
 */
record SchemaFacts(List<TableFacts> tables, List<String> sequences, List<String> enums) {

    record TableFacts(String name, List<ColumnFacts> columns, String primaryKey, List<String> uniques,
                      List<String> checks, List<String> foreignKeys, List<String> indexes, String comment) {
    }

    /** One column; {@code identity} is "always", "by default" or null. */
    record ColumnFacts(String name, SqlType type, boolean nullable, boolean hasDefault, String identity,
                       boolean generated, String comment) {
    }

    /** The facts of {@code model}, where objects without a schema are those of the catalog's home schema. */
    static SchemaFacts of(SchemaModel model) {
        return new SchemaFacts(
                model.tables().stream().map(SchemaFacts::table).sorted(Comparator.comparing(TableFacts::name)).toList(),
                model.sequences().stream().map(s -> s.displayName() + " start " + s.start() + " increment " + s.increment())
                        .sorted().toList(),
                model.enums().stream().map(e -> (e.schema() == null ? "" : e.schema() + ".") + e.name() + " "
                        + e.values()).sorted().toList());
    }

    private static TableFacts table(Table t) {
        return new TableFacts(t.displayName(),
                t.columns().stream().map(SchemaFacts::column).toList(),
                t.primaryKey() == null ? null : t.primaryKey().name() + " " + t.primaryKey().columns(),
                t.uniques().stream().map(u -> u.name() + " " + u.columns()).sorted().toList(),
                t.checks().stream().map(c -> c.name()).sorted().toList(),
                t.foreignKeys().stream().map(SchemaFacts::foreignKey).sorted().toList(),
                t.indexes().stream().map(SchemaFacts::index).sorted().toList(),
                t.comment());
    }

    private static ColumnFacts column(Column c) {
        return new ColumnFacts(c.name(), c.type(), c.nullable(), c.defaultExpression() != null,
                c.identity() == null ? null : c.identity().always() ? "always" : "by default",
                c.generatedExpression() != null, c.comment());
    }

    static String foreignKey(ForeignKey fk) {
        return foreignKey(fk.name(), fk.columns(), fk.referencedDisplayName(), fk.referencedColumns(),
                fk.onDelete().sql(), fk.onUpdate().sql());
    }

    static String foreignKey(String name, List<String> columns, String table, List<String> referenced,
                             String onDelete, String onUpdate) {
        return name + " " + columns + " -> " + table + " " + referenced + " on delete " + onDelete
                + " on update " + onUpdate;
    }

    static String index(Index i) {
        return index(i.name(), i.unique(), i.keys().stream().map(SchemaFacts::key).toList(), i.where() != null);
    }

    static String index(String name, boolean unique, List<String> keys, boolean partial) {
        return (unique ? "unique " : "") + name + " " + keys + (partial ? " partial" : "");
    }

    private static String key(IndexKey k) {
        return (k.isExpression() ? "(" + k.expression() + ")" : k.column()) + (k.descending() ? " desc" : "");
    }
}
