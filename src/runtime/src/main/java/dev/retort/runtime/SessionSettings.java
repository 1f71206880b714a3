package dev.retort.runtime;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The session settings a run changes on its connection, as they were found, so that a connection borrowed
 * from an application's pool goes back exactly as it came: the auto-commit mode, {@code search_path} and
 * {@code synchronous_commit} (restored to the value found, not reset to a default, so an application's
 * {@code remote_apply} or its own search path survive).
 *
 * @param autoCommit        the JDBC auto-commit mode
 * @param searchPath        {@code current_setting('search_path')}
 * @param synchronousCommit {@code current_setting('synchronous_commit')}
 */
record SessionSettings(boolean autoCommit, String searchPath, String synchronousCommit) {

    static SessionSettings of(Connection c) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT pg_catalog.current_setting('search_path'), pg_catalog.current_setting('synchronous_commit')");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return new SessionSettings(autoCommit, rs.getString(1), rs.getString(2));
        }
    }

    /** Puts the settings back (after any transaction of the run has ended). */
    void restore(Connection c) throws SQLException {
        if (!c.getAutoCommit()) {
            c.rollback();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT pg_catalog.set_config('search_path', ?, false), pg_catalog.set_config('synchronous_commit', ?, false)")) {
            ps.setString(1, searchPath);
            ps.setString(2, synchronousCommit);
            ps.execute();
        }
        c.setAutoCommit(autoCommit);
    }
}
