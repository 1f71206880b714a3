package dev.retort.diff;

import dev.retort.model.Column;
import dev.retort.ops.AddColumn;
import dev.retort.ops.DropColumn;
import dev.retort.ops.MigrationOp;
import dev.retort.ops.RenameColumn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a column dropped and a column added into one rename, where that is the only reading that keeps
 * the data: in one table, exactly one column is dropped and exactly one is added, and the two match in
 * everything but the name (type, nullability, default, identity, generated expression, comment). Any
 * other shape stays drop + add. Alembic never does this and loses the column's data; the generated
 * migration says, above the rename, that it was inferred and how to undo the guess (see
 * {@code RiskRules}).
 */
final class RenameDetection {
    private RenameDetection() {
    }

    static List<MigrationOp> apply(List<MigrationOp> ops) {
        Map<String, List<DropColumn>> drops = new LinkedHashMap<>();
        Map<String, List<AddColumn>> adds = new LinkedHashMap<>();
        for (MigrationOp op : ops) {
            if (op instanceof DropColumn d && d.existing() != null) {
                drops.computeIfAbsent(d.table(), k -> new ArrayList<>()).add(d);
            } else if (op instanceof AddColumn a) {
                adds.computeIfAbsent(a.table(), k -> new ArrayList<>()).add(a);
            }
        }
        Map<MigrationOp, MigrationOp> replace = new LinkedHashMap<>();
        for (Map.Entry<String, List<DropColumn>> e : drops.entrySet()) {
            List<AddColumn> added = adds.getOrDefault(e.getKey(), List.of());
            if (e.getValue().size() != 1 || added.size() != 1) {
                continue;
            }
            DropColumn drop = e.getValue().get(0);
            AddColumn add = added.get(0);
            if (sameButName(drop.existing(), add.column())) {
                replace.put(drop, new RenameColumn(drop.table(), drop.column(), add.column().name()));
                replace.put(add, null);
            }
        }
        if (replace.isEmpty()) {
            return ops;
        }
        List<MigrationOp> out = new ArrayList<>();
        for (MigrationOp op : ops) {
            if (!replace.containsKey(op)) {
                out.add(op);
            } else if (replace.get(op) != null) {
                out.add(replace.get(op));
            }
        }
        return out;
    }

    private static boolean sameButName(Column dropped, Column added) {
        return dropped.withName(added.name()).equals(added);
    }
}
