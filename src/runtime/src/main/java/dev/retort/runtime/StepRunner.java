package dev.retort.runtime;

import dev.retort.errors.ErrorKind;
import dev.retort.errors.RetortException;
import dev.retort.ops.MigrationOp;
import dev.retort.runtime.load.LoadedMigration;
import dev.retort.runtime.exec.OperationFailedException;
import dev.retort.runtime.version.AppliedRevision;
import dev.retort.runtime.version.VersionTable;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Runs one migration and its version-table write, in one transaction when the dialect has transactional
 * DDL and the migration allows it: a failure then leaves neither schema changes nor a version row.
 */
final class StepRunner {
    private final Database db;
    private final String appliedBy;

    StepRunner(Database db, String appliedBy) {
        this.db = db;
        this.appliedBy = appliedBy;
    }

    /**
     * @param headsAfter the version table's heads once this step is done
     */
    StepResult run(Connection c, LoadedMigration m, Direction direction, Collection<String> headsAfter) {
        boolean transactional = db.dialect().transactionalDdl() && m.transactional();
        long start = System.nanoTime();
        try {
            List<MigrationOp> ops = OpsBridge.record(m.newInstance(), direction, false);
            c.setAutoCommit(!transactional);
            OpsBridge.execute(db.dialect(), c, ops);
            long millis = (System.nanoTime() - start) / 1_000_000;
            VersionTable vt = db.versionTable();
            if (direction == Direction.UPGRADE) {
                vt.recordUpgrade(c, new AppliedRevision(m.id(), m.checksum(), Instant.now(), millis, appliedBy, false,
                        AppliedRevision.UPGRADE), headsAfter);
            } else {
                vt.recordDowngrade(c, m.id(), headsAfter);
            }
            if (transactional) {
                c.commit();
            }
            return new StepResult(m.id(), direction, m.message(), millis);
        } catch (SQLException | RuntimeException e) {
            rollback(c, transactional);
            if (e instanceof RetortException re && re.kind() != ErrorKind.MIGRATION_FAILED) {
                throw re;
            }
            SQLException privilege = dev.retort.errors.PrivilegeErrors.find(e);
            if (privilege != null) {
                throw privilegeFailed(c, m, direction, transactional, e, privilege);
            }
            throw failed(m, direction, transactional, e);
        } finally {
            try {
                c.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the connection is broken; the caller's next use reports it
            }
        }
    }

    /** A statement of the migration (or its version row) refused for want of a privilege: exit 16, naming the GRANT. */
    private RetortException privilegeFailed(Connection c, LoadedMigration m, Direction direction, boolean transactional,
                                            Exception e, SQLException privilege) {
        String statement = e instanceof OperationFailedException o ? o.sql()
                : dev.retort.errors.FailedStatement.statementOf(e);
        String role;
        try {
            role = c.getMetaData().getUserName();
        } catch (SQLException ex) {
            role = null;
        }
        String state = transactional ? " (rolled back: nothing of it is applied)"
                : " (not transactional: statements before this one stay applied)";
        return dev.retort.errors.PrivilegeErrors.of(privilege, statement, direction.word() + " of migration " + m.id()
                + " (" + m.source() + ")" + state, role, db.display(), m.file(), List.of(m.id()));
    }

    private static RetortException failed(LoadedMigration m, Direction direction, boolean transactional, Exception e) {
        String cause = e instanceof SQLException || e instanceof OperationFailedException ? e.getMessage() : e.toString();
        String state = transactional
                ? "it was rolled back: nothing of it is applied and the version table is unchanged"
                : "it is not transactional (@Revision(transactional = false)), so statements before the failure "
                + "stay applied; repair the schema by hand before retrying";
        return new RetortException(ErrorKind.MIGRATION_FAILED, direction.word() + " of migration " + m.id()
                + " (" + m.source() + ") failed: " + cause + "\n" + state + ". Fix the migration and run the command again.",
                m.file(), List.of(m.id()), null, e);
    }

    private static void rollback(Connection c, boolean transactional) {
        if (!transactional) {
            return;
        }
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the server rolls back when the connection closes
        }
    }
}
