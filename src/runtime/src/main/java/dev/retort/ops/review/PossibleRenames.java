package dev.retort.ops.review;

import dev.retort.model.Column;
import dev.retort.model.Table;
import dev.retort.ops.AddColumn;
import dev.retort.ops.CreateTable;
import dev.retort.ops.DropColumn;
import dev.retort.ops.DropTable;
import dev.retort.ops.InSchema;
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
        List<Table> createdElsewhere = new ArrayList<>(); // tables created in another schema than the drop's
        for (MigrationOp op : ops) {
            if (op instanceof AddColumn a) {
                addedColumns.add(a);
            } else if (op instanceof CreateTable c) {
                createdTables.add(c.definition());
            }
            if (InSchema.unwrap(op) instanceof CreateTable c) {
                createdElsewhere.add(c.definition());
            }
        }
        for (int i = 0; i < ops.size(); i++) {
            MigrationOp unwrapped = InSchema.unwrap(ops.get(i));
            if (unwrapped instanceof DropTable d && d.existing() != null) {
                String schema = InSchema.schemaOf(ops.get(i));
                for (Table t : createdElsewhere) {
                    if (!java.util.Objects.equals(t.schema(), schema) && t.name().equals(d.table())
                            && Resemblance.sameButName(d.existing(), t)) {
                        out.put(i, moved(d.existing().withSchema(schema), t));
                        break;
                    }
                }
                if (out.containsKey(i)) {
                    continue;
                }
            }
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

    /** A table dropped in one schema and created, the same, in another: moved, which drop and create do not do. */
    private static String moved(Table dropped, Table created) {
        String to = created.schema() == null ? "the project's schema" : created.schema();
        return "table " + dropped.displayName() + " is dropped and " + created.displayName() + " created with the"
                + " same columns. If the table moved to " + to + ", this loses its rows: write"
                + " op.execute(\"ALTER TABLE " + dropped.displayName() + " SET SCHEMA "
                + (created.schema() == null ? "<project schema>" : created.schema()) + "\") in place of both";
    }

    private static String column(String table, Column dropped, Column added) {
        return table + "." + dropped.name() + " is dropped and " + table + "." + added.name() + " ("
                + added.type().describe() + ") added. If " + added.name() + " is " + dropped.name()
                + " renamed, this loses its data: generate again with --rename " + table + "." + dropped.name() + "="
                + added.name();
    }
}
