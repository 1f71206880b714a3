package dev.retort.diff;

import dev.retort.errors.ErrorKind;
import dev.retort.errors.RetortException;
import dev.retort.model.Column;
import dev.retort.model.Index;
import dev.retort.model.IndexKey;
import dev.retort.model.SchemaModel;
import dev.retort.model.Table;
import dev.retort.ops.MigrationOp;
import dev.retort.ops.RenameColumn;
import dev.retort.ops.RenameTable;
import dev.retort.ops.review.Resemblance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Decides which dropped and added tables and columns are one object renamed, before the diff runs: the user's
 * hints ({@link Renames#hints()}), then the user's answers to questions about candidates that match in all but
 * the name ({@link Resemblance}). Nothing is renamed on resemblance alone: two columns of JPA's default
 * {@code varchar(255)} resemble each other without being one, and a wrong rename moves one column's data into
 * another. Unanswered candidates stay drop + add, with a review comment ({@code Risks}).
 *
 * <p>The renames are applied to the actual model (with the keys, indexes and foreign keys that name the renamed
 * columns and tables), so the diff then compares like with like: a column renamed and retyped becomes a rename
 * and a type change.
 */
final class RenameDetection {
    private RenameDetection() {
    }

    /** The renames, and the actual model as it is after them. */
    record Plan(List<MigrationOp> ops, SchemaModel actual) {
    }

    static Plan plan(SchemaModel desired, SchemaModel actual, Renames renames) {
        List<MigrationOp> ops = new ArrayList<>();
        SchemaModel a = actual;
        Map<String, String> tableRenames = tables(desired, actual, renames);
        for (Map.Entry<String, String> r : tableRenames.entrySet()) {
            a = renameTable(a, r.getKey(), r.getValue());
            ops.add(new RenameTable(r.getKey(), r.getValue()));
        }
        for (Table dt : desired.tables()) {
            Table at = a.table(dt.name()).orElse(null);
            if (at == null) {
                continue;
            }
            for (Map.Entry<String, String> r : columns(dt, at, renames, tableRenames).entrySet()) {
                a = renameColumn(a, dt.name(), r.getKey(), r.getValue());
                ops.add(new RenameColumn(dt.name(), r.getKey(), r.getValue()));
            }
        }
        for (Rename h : renames.hints()) {
            if (!h.isTable() && !usedColumnHint(h, ops, tableRenames)) {
                String table = tableRenames.getOrDefault(h.table(), h.table());
                if (desired.table(table).isEmpty() || a.table(table).isEmpty()) {
                    throw hint(h, "the database and the entities share no table " + h.table());
                }
            }
        }
        return new Plan(List.copyOf(ops), a);
    }

    // ------------------------------------------------------------------------------------------- tables

    private static Map<String, String> tables(SchemaModel desired, SchemaModel actual, Renames renames) {
        List<Table> dropped = actual.tables().stream().filter(t -> desired.table(t.name()).isEmpty()).toList();
        List<Table> added = desired.tables().stream().filter(t -> actual.table(t.name()).isEmpty()).toList();
        Map<String, String> out = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (Rename h : renames.hints()) {
            if (!h.isTable()) {
                continue;
            }
            if (actual.table(h.table()).isEmpty()) {
                throw hint(h, "the database has no table " + h.table());
            }
            if (desired.table(h.table()).isPresent()) {
                throw hint(h, "the entities still map table " + h.table());
            }
            if (desired.table(h.newName()).isEmpty()) {
                throw hint(h, "the entities map no table " + h.newName());
            }
            if (actual.table(h.newName()).isPresent()) {
                throw hint(h, "the database has a table " + h.newName() + " already");
            }
            if (out.containsKey(h.table()) || !taken.add(h.newName())) {
                throw hint(h, "another --rename names " + h.table() + " or " + h.newName() + " too");
            }
            out.put(h.table(), h.newName());
        }
        if (renames.question() == null) {
            return out;
        }
        for (Table d : dropped) {
            if (out.containsKey(d.name())) {
                continue;
            }
            for (Table x : added) {
                if (taken.contains(x.name()) || !Resemblance.sameButName(d, x)) {
                    continue;
                }
                RenameCandidate c = new RenameCandidate(d.name(), null, x.name(), d.columns().size() + " columns");
                if (renames.question().test(c)) {
                    out.put(d.name(), x.name());
                    taken.add(x.name());
                    break;
                }
            }
        }
        return out;
    }

    /** {@code m} with table {@code from} renamed, and the foreign keys that reference it. */
    static SchemaModel renameTable(SchemaModel m, String from, String to) {
        List<Table> tables = new ArrayList<>();
        String schema = schemaOf(m, from);
        for (Table t : m.tables()) {
            Table r = t.name().equals(from) ? t.withName(to) : t;
            tables.add(r.withForeignKeys(r.foreignKeys().stream().map(fk -> references(fk, schema, from)
                    ? fk.withColumns(fk.columns(), to, fk.referencedColumns()) : fk).toList()));
        }
        return m.withTables(tables);
    }

    // ------------------------------------------------------------------------------------------- columns

    private static Map<String, String> columns(Table desired, Table actual, Renames renames,
                                               Map<String, String> tableRenames) {
        String table = desired.name();
        Map<String, String> out = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (Rename h : renames.hints()) {
            if (h.isTable() || !tableRenames.getOrDefault(h.table(), h.table()).equals(table)) {
                continue;
            }
            String where = table + "." + h.column();
            if (actual.column(h.column()).isEmpty()) {
                throw hint(h, "the database has no column " + where);
            }
            if (desired.column(h.column()).isPresent()) {
                throw hint(h, "the entities still map column " + where);
            }
            if (desired.column(h.newName()).isEmpty()) {
                throw hint(h, "the entities map no column " + table + "." + h.newName());
            }
            if (actual.column(h.newName()).isPresent()) {
                throw hint(h, "the database has a column " + table + "." + h.newName() + " already");
            }
            if (out.containsKey(h.column()) || !taken.add(h.newName())) {
                throw hint(h, "another --rename names " + where + " or " + table + "." + h.newName() + " too");
            }
            out.put(h.column(), h.newName());
        }
        if (renames.question() == null) {
            return out;
        }
        for (Column d : actual.columns()) {
            if (desired.column(d.name()).isPresent() || out.containsKey(d.name())) {
                continue;
            }
            for (Column x : desired.columns()) {
                if (actual.column(x.name()).isPresent() || taken.contains(x.name()) || !Resemblance.sameButName(d, x)) {
                    continue;
                }
                RenameCandidate c = new RenameCandidate(table, d.name(), x.name(), d.type().describe());
                if (renames.question().test(c)) {
                    out.put(d.name(), x.name());
                    taken.add(x.name());
                    break;
                }
            }
        }
        return out;
    }

    /** {@code m} with column {@code table.from} renamed, and the keys, indexes and foreign keys that name it. */
    static SchemaModel renameColumn(SchemaModel m, String table, String from, String to) {
        UnaryOperator<List<String>> names = cols -> cols.stream().map(c -> c.equals(from) ? to : c).toList();
        List<Table> tables = new ArrayList<>();
        String schema = schemaOf(m, table);
        for (Table t : m.tables()) {
            Table r = t;
            if (t.name().equals(table)) {
                r = r.withColumn(from, c -> c.withName(to))
                        .withPrimaryKey(r.primaryKey() == null ? null : r.primaryKey().withColumns(names.apply(r.primaryKey().columns())))
                        .withUniques(r.uniques().stream().map(u -> u.withColumns(names.apply(u.columns()))).toList())
                        .withIndexes(r.indexes().stream().map(i -> renameIn(i, from, to, names)).toList())
                        .withForeignKeys(r.foreignKeys().stream().map(fk -> fk.withColumns(names.apply(fk.columns()),
                                fk.referencedTable(), fk.referencedColumns())).toList());
            }
            r = r.withForeignKeys(r.foreignKeys().stream().map(fk -> references(fk, schema, table)
                    ? fk.withColumns(fk.columns(), fk.referencedTable(), names.apply(fk.referencedColumns())) : fk)
                    .toList());
            tables.add(r);
        }
        return m.withTables(tables);
    }

    /** The schema of table {@code name} of {@code m}, which holds one schema's tables (null: the project's). */
    private static String schemaOf(SchemaModel m, String name) {
        return m.table(name).map(Table::schema).orElse(null);
    }

    /** Whether {@code fk} references table {@code name} of {@code schema}, not a namesake in another schema. */
    private static boolean references(dev.retort.model.ForeignKey fk, String schema, String name) {
        return fk.referencedTable().equals(name) && java.util.Objects.equals(fk.referencedSchema(), schema);
    }

    private static Index renameIn(Index i, String from, String to, UnaryOperator<List<String>> names) {
        List<IndexKey> keys = i.keys().stream().map(k -> from.equals(k.column()) ? k.withColumn(to) : k).toList();
        return i.withKeys(keys, names.apply(i.include()));
    }

    // ------------------------------------------------------------------------------------------- hints

    private static boolean usedColumnHint(Rename h, List<MigrationOp> ops, Map<String, String> tableRenames) {
        String table = tableRenames.getOrDefault(h.table(), h.table());
        return ops.contains(new RenameColumn(table, h.column(), h.newName()));
    }

    private static RetortException hint(Rename h, String why) {
        return new RetortException(ErrorKind.USAGE, "--rename " + h + ": " + why
                + "; a rename names a table or column the entities no longer map and the new name they map instead");
    }
}
