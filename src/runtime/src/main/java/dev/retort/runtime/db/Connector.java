package dev.retort.runtime.db;

import java.sql.Connection;

/** Opens connections to the target database; closing it stops whatever it started (an embedded server). */
public interface Connector extends AutoCloseable {

    /** A new connection: in auto-commit mode, unless it comes from an application's pool ({@link DataSourceConnector}). */
    Connection open();

    /** What to call the database in messages: never contains a password. */
    String display();

    @Override
    default void close() {
    }
}
