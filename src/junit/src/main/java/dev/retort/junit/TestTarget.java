package dev.retort.junit;

import dev.retort.runtime.db.Connector;

/** Where a test class's migrations run: a database the extension made (and drops), or one it was given. */
interface TestTarget extends AutoCloseable {

    /** The way to the database as it is now (after {@link #recreate}, a new one). */
    Connector connector();

    /** Its JDBC URL, or null for a {@link javax.sql.DataSource}. */
    String jdbcUrl();

    /** A server where the canonical comparison may create its scratch database, or null for the settings' own. */
    String scratchUrl();

    /** Whether {@link #recreate} can give an empty database; else a reset downgrades to base. */
    boolean recreatable();

    /** Drops the database and creates it again, empty. */
    void recreate();

    /** Drops what the extension created. */
    @Override
    void close();
}
