package dev.retort.ops.review;

import dev.retort.model.Column;
import dev.retort.model.Table;
import dev.retort.ops.AddColumn;
import dev.retort.ops.CreateTable;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropTable;
import dev.retort.ops.MigrationOp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Drops that may be renames: a column dropped while one that matches it in all but the name is added to the
 * same table, or a table dropped while one that matches it is created ({@link Resemblance}). Autogenerate never
 * guesses a rename; the review comment above the drop names the possible rename and the hint that makes it one.
 */
final class PossibleRenames {
    private PossibleRenames() {
    }

    /** Index of each such drop in {@code ops} → the review detail. */
    static Map<Integer, String> of(List<MigrationOp> ops) {
        Map<Integer, String> out = new TreeMap<>();
        List<AddColumn> addedColumns = new ArrayList<>();
        List<Table> createdTables = new ArrayList<>();
        for (MigrationOp op : ops) {
            if (op instanceof AddColumn a) {
                addedColumns.add(a);
            } else if (op instanceof CreateTable c) {
                createdTables.add(c.definition());
            }
        }
        for (int i = 0; i < ops.size(); i++) {
            if (ops.get(i) instanceof DropColumn d && d.existing() != null) {
                for (AddColumn a : addedColumns) {
                    if (a.table().equals(d.table()) && Resemblance.sameButName(d.existing(), a.column())) {
                        out.put(i, column(d.table(), d.existing(), a.column()));
                        break;
                    }
                }
            } else if (ops.get(i) instanceof DropTable d && d.existing() != null) {
                for (Table t : createdTables) {
                    if (Resemblance.sameButName(d.existing(), t)) {
                        out.put(i, "table " + d.table() + " is dropped and table " + t.name() + " created with the"
                                + " same columns. If " + t.name() + " is " + d.table() + " renamed, this loses its rows:"
                                + " generate again with --rename " + d.table() + "=" + t.name());
                        break;
                    }
                }
            }
        }
        return out;
    }

    private static String column(String table, Column dropped, Column added) {
        return table + "." + dropped.name() + " is dropped and " + table + "." + added.name() + " ("
                + added.type().describe() + ") added. If " + added.name() + " is " + dropped.name()
                + " renamed, this loses its data: generate again with --rename " + table + "." + dropped.name() + "="
                + added.name();
    }
}
