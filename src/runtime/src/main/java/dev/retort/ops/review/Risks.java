package dev.retort.ops.review;

import dev.retort.ops.CreateTable;
import dev.retort.ops.InSchema;
import dev.retort.ops.MigrationOp;
import dev.retort.ops.RenameTable;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the risky operations of a migration, for review comments in generated code and for the
 * {@code check} report. The rules themselves are in {@link RiskRules}.
 *
 * <p>Operations on a table created earlier in the same list are never risky: the table is empty.
 */
public final class Risks {
    private Risks() {
    }

    /** The risks of {@code ops}, in list order; each carries the index of its operation. */
    public static List<Risk> assess(List<MigrationOp> ops) {
        Set<String> createdHere = new HashSet<>();
        List<Risk> out = new ArrayList<>();
        java.util.Map<Integer, String> possibleRenames = PossibleRenames.of(ops);
        for (int i = 0; i < ops.size(); i++) {
            MigrationOp op = ops.get(i);
            // tables of another schema are told apart by their schema: a NUL cannot be in a name
            String schema = InSchema.schemaOf(op);
            String prefix = schema == null ? "" : schema + "\0";
            if (op.table() == null || !createdHere.contains(prefix + op.table())) {
                for (RiskRules.Finding f : op.accept(RiskRules.INSTANCE)) {
                    out.add(new Risk(i, op, f.kind(), f.detail()));
                }
                if (possibleRenames.containsKey(i)) {
                    out.add(new Risk(i, op, RiskKind.POSSIBLE_RENAME, possibleRenames.get(i)));
                }
            }
            MigrationOp unwrapped = InSchema.unwrap(op);
            if (unwrapped instanceof CreateTable create) {
                createdHere.add(prefix + create.table());
            } else if (unwrapped instanceof RenameTable rename && createdHere.contains(prefix + rename.table())) {
                createdHere.add(prefix + rename.newName());
            }
        }
        return List.copyOf(out);
    }

    /** The risks of {@code ops}, grouped by operation: element {@code i} holds the risks of {@code ops.get(i)}. */
    public static List<List<Risk>> byOperation(List<MigrationOp> ops) {
        List<List<Risk>> out = new ArrayList<>();
        for (int i = 0; i < ops.size(); i++) {
            out.add(new ArrayList<>());
        }
        for (Risk r : assess(ops)) {
            out.get(r.index()).add(r);
        }
        return out.stream().map(List::copyOf).toList();
    }
}
