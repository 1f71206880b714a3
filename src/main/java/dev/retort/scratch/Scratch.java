package dev.retort.scratch;

import java.sql.Connection;
import java.util.List;
import java.util.function.Supplier;

/**
 * The scratch database of one command, made on first use: a comparison whose canonical form comes from the cache
 * never starts a server or creates a database. Closing drops the database and stops a server started for it.
 */
public final class Scratch implements AutoCloseable {
    private final Supplier<ScratchServer> servers;
    private final String identity;
    private final boolean exclusive;
    private ScratchServer server;
    private ScratchDatabase database;

    /**
     * @param servers   starts or connects to the server, called at most once
     * @param identity  which server this is, for the canonical cache key (never a password)
     * @param exclusive whether no other process uses the server (the embedded one): leftovers are dropped
     */
    public Scratch(Supplier<ScratchServer> servers, String identity, boolean exclusive) {
        this.servers = servers;
        this.identity = identity;
        this.exclusive = exclusive;
    }

    /** On {@code server}, which closing this closes too. */
    public static Scratch on(ScratchServer server, String identity) {
        return new Scratch(() -> server, identity, false);
    }

    /** Which server the canonical forms come from: part of the canonical cache key. */
    public String identity() {
        return identity;
    }

    /** A connection to the command's scratch database, created now with {@code extensions} if not yet made. */
    public Connection connection(List<InstalledExtension> extensions) {
        if (database == null) {
            if (server == null) {
                server = servers.get();
                if (exclusive) {
                    ScratchDatabase.dropLeftovers(server);
                }
            }
            database = ScratchDatabase.create(server, extensions);
        }
        return database.connection();
    }

    /** The server, once a connection was asked for; null before. */
    public ScratchServer server() {
        return server;
    }

    @Override
    public void close() {
        try {
            if (database != null) {
                database.close();
            }
        } finally {
            database = null;
            if (server != null) {
                server.close();
            }
        }
    }
}
