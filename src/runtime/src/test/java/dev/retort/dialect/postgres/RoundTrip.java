package dev.retort.dialect.postgres;

import dev.retort.dialect.Dialect;
import dev.retort.dialect.Dialects;
import dev.retort.ops.MigrationOp;
import dev.retort.runtime.exec.OpExecutor;
import dev.retort.testing.TestDatabase;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Applies an operation, checks its effect in the catalog, applies its reverse, and checks the catalog is back. */
final class RoundTrip {
    private RoundTrip() {
    }

    static Dialect dialect(TestDatabase db) {
        return Dialects.forUrl(db.jdbcUrl());
    }

    static void apply(TestDatabase db, MigrationOp... ops) {
        try (Connection c = db.connect()) {
            new OpExecutor(dialect(db)).execute(c, List.of(ops));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void assertRoundTrip(TestDatabase db, MigrationOp op, Consumer<TestDatabase> effect) {
        List<String> before = Catalog.snapshot(db);
        apply(db, op);
        assertNotEquals(before, Catalog.snapshot(db), "'" + op.describe() + "' changed nothing in the catalog");
        effect.accept(db);
        MigrationOp reverse = op.reverse();
        apply(db, reverse);
        assertEquals(before, Catalog.snapshot(db), "'" + reverse.describe() + "' did not restore the catalog");
    }
}
