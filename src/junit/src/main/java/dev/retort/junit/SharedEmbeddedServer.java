package dev.retort.junit;

import dev.retort.embedded.EmbeddedBinaries;
import dev.retort.embedded.EmbeddedServer;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The embedded PostgreSQL of a test run, in the project's {@code .retort/junit} (beside, never in, the
 * {@code .retort/pg} of the project's own commands): started once per run of the tests and stopped at its end; each
 * test class gets a database of its own on it.
 */
final class SharedEmbeddedServer implements AutoCloseable {
    static final String NAME = "junit";

    private final EmbeddedServer server;

    SharedEmbeddedServer(Path stateDir, Duration lockTimeout) {
        this.server = EmbeddedServer.start(stateDir, NAME, EmbeddedBinaries.bundled(), lockTimeout);
    }

    /** The maintenance database, where the test databases are created. */
    String adminUrl() {
        return server.jdbcUrl() + "?user=postgres";
    }

    @Override
    public void close() {
        server.close();
    }
}
