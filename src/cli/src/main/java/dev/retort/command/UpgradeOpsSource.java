package dev.retort.command;

import dev.retort.ops.MigrationOp;

import java.util.List;

/**
 * Where the operations of a new revision come from: nothing (an empty migration to fill in by hand), or,
 * for {@code --autogenerate}, the diff between the entities and the database.
 */
@FunctionalInterface
public interface UpgradeOpsSource {

    UpgradeOpsSource EMPTY = ws -> List.of();

    List<MigrationOp> upgradeOps(Workspace ws);

    /** Whether the operations come from comparing entities with the database (then none means no file). */
    default boolean autogenerate() {
        return false;
    }
}
