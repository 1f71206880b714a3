package dev.retort.scan;

import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.ForeignKey;
import dev.retort.model.Index;
import dev.retort.model.SchemaModel;
import dev.retort.model.Table;
import dev.retort.model.UniqueConstraint;

import static org.junit.jupiter.api.Assertions.fail;

/** Look-ups into a scanned model that fail with the names that were there instead. */
final class ModelAssertions {
    private ModelAssertions() {
    }

    static Table table(SchemaModel model, String name) {
        return model.table(name).orElseGet(() -> fail("no table " + name + " in "
                + model.tables().stream().map(Table::name).toList()));
    }

    static Column column(Table table, String name) {
        return table.column(name).orElseGet(() -> fail("no column " + table.name() + "." + name + " in "
                + table.columns().stream().map(Column::name).toList()));
    }

    static ForeignKey foreignKey(Table table, String name) {
        return table.foreignKey(name).orElseGet(() -> fail("no foreign key " + name + " on " + table.name() + " in "
                + table.foreignKeys().stream().map(ForeignKey::name).toList()));
    }

    static Index index(Table table, String name) {
        return table.index(name).orElseGet(() -> fail("no index " + name + " on " + table.name() + " in "
                + table.indexes().stream().map(Index::name).toList()));
    }

    static UniqueConstraint unique(Table table, String name) {
        return table.uniques().stream().filter(u -> u.name().equals(name)).findFirst()
                .orElseGet(() -> fail("no unique constraint " + name + " on " + table.name() + " in "
                        + table.uniques().stream().map(UniqueConstraint::name).toList()));
    }

    static CheckConstraint check(Table table, String name) {
        return table.checks().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseGet(() -> fail("no check " + name + " on " + table.name() + " in "
                        + table.checks().stream().map(CheckConstraint::name).toList()));
    }
}
