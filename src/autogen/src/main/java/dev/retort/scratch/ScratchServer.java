package dev.retort.scratch;

import java.sql.Connection;

/**
 * A PostgreSQL server on which Retort may create and drop databases of its own: the embedded server, or the
 * one {@code scratch.url} names. Never the target.
 */
public interface ScratchServer extends AutoCloseable {

    /**
     * A new connection in auto-commit mode to {@code database} on this server, or to the server's maintenance
     * database when {@code database} is null.
     *
     * @throws dev.retort.errors.RetortException of kind SCRATCH naming {@link #setting()}
     */
    Connection connect(String database);

    /** What to call the server in messages: never contains a password. */
    String display();

    /** How the user chose this server, for messages: the setting to change. */
    String setting();

    /**
     * The tablespace to create scratch databases in, made ready over {@code admin} (a connection to the
     * maintenance database); null for the server's default. A server of Retort's own keeps them in memory.
     */
    default String tablespace(Connection admin) {
        return null;
    }

    /** Stops what this server started (an embedded server it owns); a no-op otherwise. */
    @Override
    default void close() {
    }
}
