package dev.retort.runtime;

import dev.retort.api.Migration;
import dev.retort.dialect.Dialect;
import dev.retort.ops.MigrationOp;
import dev.retort.runtime.exec.OfflineSqlWriter;
import dev.retort.runtime.exec.OpExecutor;
import dev.retort.runtime.exec.OperationRecorder;

import java.sql.Connection;
import java.util.List;

/** The one place the runner meets the operation recorder and executors of {@code runtime.exec}. */
final class OpsBridge {
    private OpsBridge() {
    }

    static List<MigrationOp> record(Migration migration, Direction direction, boolean offline) {
        OperationRecorder recorder = new OperationRecorder(offline);
        if (direction == Direction.UPGRADE) {
            migration.upgrade(recorder);
        } else {
            migration.downgrade(recorder);
        }
        return recorder.ops();
    }

    /** @throws dev.retort.runtime.exec.OperationFailedException naming the operation and statement */
    static void execute(Dialect dialect, Connection connection, List<MigrationOp> ops) {
        new OpExecutor(dialect).execute(connection, ops);
    }

    /** The operations as an SQL script, each statement ended by {@code ;}. */
    static String sql(Dialect dialect, List<MigrationOp> ops) {
        return new OfflineSqlWriter(dialect).render(ops);
    }
}
