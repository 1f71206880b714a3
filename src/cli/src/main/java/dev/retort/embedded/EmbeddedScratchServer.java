package dev.retort.embedded;

import dev.retort.errors.RetortException;
import dev.retort.scratch.ScratchFailure;
import dev.retort.scratch.ScratchServer;

import java.sql.Connection;

/** The project's embedded PostgreSQL ({@code .retort/pg}) as the scratch server; stopped on close when started for it. */
public final class EmbeddedScratchServer implements ScratchServer {
    private final EmbeddedServer server;
    private final boolean owned;

    /** @param owned whether closing this stops {@code server} (it was started for the scratch database only) */
    public EmbeddedScratchServer(EmbeddedServer server, boolean owned) {
        this.server = server;
        this.owned = owned;
    }

    @Override
    public Connection connect(String database) {
        try {
            return server.open(database == null ? "postgres" : database);
        } catch (RetortException e) {
            throw ScratchFailure.of(this, e.getMessage(), e);
        }
    }

    @Override
    public String tablespace(Connection admin) {
        return MemoryTablespace.ready(admin, server.dataDirectory());
    }

    @Override
    public String display() {
        return server.display();
    }

    @Override
    public String setting() {
        return "the default, as scratch.url is not set";
    }

    @Override
    public void close() {
        if (owned) {
            server.close();
        }
    }
}
