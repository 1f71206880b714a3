package dev.retort.diff;

import dev.retort.model.*;
import dev.retort.ops.MigrationOp;

import java.util.ArrayList;
import java.util.List;

/** Small builders for comparator tests. */
final class Fixtures {
    private Fixtures() {
    }

    static final SqlType INTEGER = SqlType.of("integer");
    static final SqlType BIGINT = SqlType.of("bigint");
    static final SqlType TEXT = SqlType.of("text");

    static Column col(String name, SqlType type) {
        return Column.of(name, type);
    }

    static Column notNull(String name, SqlType type) {
        return Column.of(name, type).withNullable(false);
    }

    static Table table(String name, Column... columns) {
        return Table.of(name, List.of(columns));
    }

    static SchemaModel model(Table... tables) {
        return new SchemaModel(List.of(tables), List.of(), List.of());
    }

    /** What one table-part comparator emits for a table on both sides. */
    static List<MigrationOp> compare(TablePartComparator comparator, Table desired, Table actual) {
        return compare(comparator, desired, actual, model(desired), model(actual));
    }

    static List<MigrationOp> compare(TablePartComparator comparator, Table desired, Table actual,
                                     SchemaModel desiredModel, SchemaModel actualModel) {
        List<MigrationOp> out = new ArrayList<>();
        comparator.compare(DiffContext.of(desiredModel, actualModel, DiffOptions.defaults()), desired, actual, out);
        return out;
    }
}
