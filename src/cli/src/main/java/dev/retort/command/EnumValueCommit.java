package dev.retort.command;

import dev.retort.dialect.Dialect;
import dev.retort.ops.AddEnumValue;
import dev.retort.ops.MigrationOp;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Enum values that must be committed before the rest of a migration runs. PostgreSQL refuses to use a value
 * added by {@code ALTER TYPE ... ADD VALUE} in the transaction that added it, so a migration that adds
 * {@code MEDIUM} and a {@code NOT NULL} column defaulting to {@code 'MEDIUM'} always fails as one transaction.
 * Such a migration becomes two revisions, each in its own transaction and each reversible: the new values
 * first, then everything else. A value nothing in the migration uses stays where it is.
 */
final class EnumValueCommit {
    private EnumValueCommit() {
    }

    /**
     * @param values the {@link AddEnumValue} operations, in order
     * @param rest   every other operation, in order
     */
    record Split(List<MigrationOp> values, List<MigrationOp> rest) {

        /** E.g. {@code Add enum value priority.MEDIUM}. */
        String message() {
            Set<String> names = new LinkedHashSet<>();
            for (MigrationOp op : values) {
                AddEnumValue a = (AddEnumValue) op;
                names.add(a.type() + "." + a.value());
            }
            return "Add enum value" + (names.size() > 1 ? "s " : " ") + String.join(", ", names);
        }
    }

    /** The split, when an operation uses (names as a quoted literal) a value added earlier in {@code upgrade}. */
    static Optional<Split> of(List<MigrationOp> upgrade, Dialect dialect) {
        if (dialect.enumValueUsableBeforeCommit()) {
            return Optional.empty();
        }
        Set<String> added = new LinkedHashSet<>();
        boolean used = false;
        for (MigrationOp op : upgrade) {
            if (dev.retort.ops.InSchema.unwrap(op) instanceof AddEnumValue a) {
                added.add("'" + a.value().replace("'", "''") + "'");
                continue;
            }
            if (!added.isEmpty()) {
                String sql = String.join("\n", dialect.toSql(op));
                used |= added.stream().anyMatch(sql::contains);
            }
        }
        if (!used) {
            return Optional.empty();
        }
        List<MigrationOp> values = new ArrayList<>();
        List<MigrationOp> rest = new ArrayList<>();
        for (MigrationOp op : upgrade) {
            (dev.retort.ops.InSchema.unwrap(op) instanceof AddEnumValue ? values : rest).add(op);
        }
        return Optional.of(new Split(List.copyOf(values), List.copyOf(rest)));
    }
}
