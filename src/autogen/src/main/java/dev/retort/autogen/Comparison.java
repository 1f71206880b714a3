package dev.retort.autogen;

import dev.retort.model.SchemaModel;
import dev.retort.ops.MigrationOp;

import java.util.List;

/**
 * The outcome of comparing the entities with a database.
 *
 * @param desired the entities' schema, in the database's own canonical words
 * @param actual  the live schema, normalized
 * @param upgrade the operations that take {@code actual} to {@code desired}, in executable order
 */
public record Comparison(SchemaModel desired, SchemaModel actual, List<MigrationOp> upgrade) {
    public Comparison {
        upgrade = List.copyOf(upgrade);
    }

    public boolean inSync() {
        return upgrade.isEmpty();
    }
}
