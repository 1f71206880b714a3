package dev.retort.scratch;

import java.sql.Connection;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * The scratch database of one command, made on first use: a comparison whose canonical form comes from the cache
 * never starts a server or creates a database. Closing drops the database and stops a server started for it.
 */
public final class Scratch implements AutoCloseable {
    private final IntFunction<ScratchServer> servers;
    private final IntFunction<String> identity;
    private final boolean exclusive;
    private ScratchServer server;
    private ScratchDatabase database;
    private boolean spent;
    private java.util.concurrent.Future<Void> warming;

    /**
     * @param servers   starts or connects to the server, called at most once
     * @param identity  which server this is, for the canonical cache key (never a password)
     * @param exclusive whether no other process uses the server (the embedded one): leftovers are dropped
     */
    public Scratch(Supplier<ScratchServer> servers, String identity, boolean exclusive) {
        this(major -> servers.get(), major -> identity, exclusive);
    }

    /**
     * A scratch server chosen by the target's PostgreSQL major version (the embedded one runs binaries of that
     * version where they are available).
     *
     * @param servers  starts or connects to the server for a target of the given major version, called at most once
     * @param identity which server that is, for the canonical cache key (never a password)
     */
    public Scratch(IntFunction<ScratchServer> servers, IntFunction<String> identity, boolean exclusive) {
        this.servers = servers;
        this.identity = identity;
        this.exclusive = exclusive;
    }

    /** On {@code server}, which closing this closes too. */
    public static Scratch on(ScratchServer server, String identity) {
        return new Scratch(() -> server, identity, false);
    }

    /** Which server the canonical forms come from for a target of {@code targetMajor}: part of the canonical cache key. */
    public String identity(int targetMajor) {
        return identity.apply(targetMajor);
    }

    /**
     * A connection to the command's scratch database for a target of PostgreSQL {@code targetMajor}, created now
     * with {@code extensions} if not yet made.
     */
    public Connection connection(int targetMajor, List<InstalledExtension> extensions) {
        awaitWarmUp(true);
        return make(targetMajor, extensions, false);
    }

    /**
     * The same, for a caller that may leave the database changed (a round trip that commits what it creates, see
     * {@code dev.retort.normalize.ScratchCanonicalizer#canonicalizeCommitting}): the next connection asked for is to
     * a new database, and this one is dropped first.
     */
    public Connection spend(int targetMajor, List<InstalledExtension> extensions) {
        awaitWarmUp(true);
        return make(targetMajor, extensions, true);
    }

    /**
     * Starts making the scratch database on a thread of its own, for a command that will most likely need it (an
     * autogenerate after an edit): the server starts while the entities are scanned. {@link #connection} then waits for
     * it, and reports its failure as its own; a command that turns out not to need it closes it as usual.
     */
    public synchronized void warmUp(int targetMajor, List<InstalledExtension> extensions) {
        if (warming != null || database != null) {
            return;
        }
        java.util.concurrent.FutureTask<Void> task = new java.util.concurrent.FutureTask<>(() -> {
            make(targetMajor, extensions, false);
            return null;
        });
        Thread thread = new Thread(task, "retort-scratch-warm-up");
        thread.setDaemon(true);
        thread.start();
        warming = task;
    }

    private void awaitWarmUp(boolean rethrow) {
        java.util.concurrent.Future<Void> w;
        synchronized (this) {
            w = warming;
        }
        if (w == null) {
            return;
        }
        try {
            w.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            if (rethrow) {
                throw new IllegalStateException("interrupted while the scratch database was being made", e);
            }
        } catch (java.util.concurrent.ExecutionException e) {
            synchronized (this) {
                warming = null; // asked again, the scratch database is made again, and fails as it fails
            }
            if (rethrow && e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (rethrow && e.getCause() instanceof Error err) {
                throw err;
            }
        }
    }

    /**
     * Another session to the database the last {@link #connection} or {@link #spend} gave, for the caller to close.
     *
     * @throws IllegalStateException before either was asked for
     */
    public synchronized Connection newSession() {
        if (database == null) {
            throw new IllegalStateException("no scratch database yet");
        }
        return database.newSession();
    }

    private synchronized Connection make(int targetMajor, List<InstalledExtension> extensions, boolean spend) {
        if (database != null && spent) {
            ScratchDatabase used = database;
            database = null;
            used.close();
        }
        spent = spend;
        if (database == null) {
            if (server == null) {
                server = servers.apply(targetMajor);
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
        awaitWarmUp(false);
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
