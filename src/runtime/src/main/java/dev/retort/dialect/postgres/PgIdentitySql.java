package dev.retort.dialect.postgres;

import dev.retort.model.Identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static dev.retort.dialect.postgres.PgSql.alterColumn;

/** Adding, changing and dropping a column's identity. */
final class PgIdentitySql {
    private PgIdentitySql() {
    }

    /** The statements that change a column's identity, the table already in SQL ({@link PgSql#relation}). */
    static List<String> alter(String relation, String column, Identity from, Identity to) {
        String prefix = alterColumn(relation, column);
        if (from == null && to == null) {
            return List.of();
        }
        if (from == null) {
            // PostgreSQL requires the column to be NOT NULL already
            String add = prefix + " ADD " + PgColumnSql.identity(to);
            return increment(to) > 0 ? List.of(add, restartPastExistingRows(relation, column, to)) : List.of(add);
        }
        if (to == null) {
            return List.of(prefix + " DROP IDENTITY");
        }
        List<String> changes = new ArrayList<>();
        if (from.always() != to.always()) {
            changes.add("SET GENERATED " + PgColumnSql.generation(to));
        }
        if (!Objects.equals(increment(from), increment(to))) {
            changes.add("SET INCREMENT BY " + increment(to));
        }
        if (!Objects.equals(start(from), start(to))) {
            changes.add("SET START WITH " + start(to));
        }
        return changes.isEmpty() ? List.of() : List.of(prefix + " " + String.join(" ", changes));
    }

    /**
     * A new identity starts at its start value, which the rows already in the table may hold (ids assigned by the
     * application, drawn from a sequence, or a serial's): the first insert would then fail with a duplicate key.
     * This moves the identity past the largest id when that id reaches the start value; on an empty table, or one
     * whose ids all lie below the start, it changes nothing.
     */
    private static String restartPastExistingRows(String relation, String column, Identity to) {
        String col = PgSql.id(column);
        return "SELECT setval(pg_get_serial_sequence(" + PgIdentifiers.literal(relation) + ", "
                + PgIdentifiers.literal(column) + "), max(" + col + ")) FROM " + relation
                + " HAVING max(" + col + ") >= " + start(to);
    }

    private static long increment(Identity identity) {
        return identity.increment() == null ? 1L : identity.increment();
    }

    /** PostgreSQL's default start: the minimum value 1 ascending, the maximum value -1 descending. */
    private static long start(Identity identity) {
        return identity.start() != null ? identity.start() : increment(identity) > 0 ? 1L : -1L;
    }
}
