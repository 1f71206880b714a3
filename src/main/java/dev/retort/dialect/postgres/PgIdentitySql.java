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
            return List.of(prefix + " ADD " + PgColumnSql.identity(to));
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

    private static long increment(Identity identity) {
        return identity.increment() == null ? 1L : identity.increment();
    }

    /** PostgreSQL's default start: the minimum value 1 ascending, the maximum value -1 descending. */
    private static long start(Identity identity) {
        return identity.start() != null ? identity.start() : increment(identity) > 0 ? 1L : -1L;
    }
}
