package dev.retort.command;

import dev.retort.autogen.Autogenerator;
import dev.retort.autogen.CachedScan;
import dev.retort.autogen.ModelCache;
import dev.retort.autogen.Comparison;
import dev.retort.model.SchemaModel;
import dev.retort.runtime.Database;
import dev.retort.scratch.Scratch;

import java.sql.Connection;

/** Scans the configured entities and compares them with a database: the engine of autogenerate and check. */
final class EntityComparison {
    private EntityComparison() {
    }

    static SchemaModel scan(Workspace ws) {
        return CachedScan.scan(EntitySettings.from(ws.settings()).request(),
                new ModelCache(ws.stateDir().resolve("cache").resolve("scan")));
    }

    /**
     * Compares on {@code target}, a connection inside the caller's read-only snapshot ({@link Database#read}); the
     * canonical form is made in {@code scratch}.
     */
    static Comparison compare(Workspace ws, Connection target, SchemaModel scanned, Scratch scratch) {
        EntitySettings entities = EntitySettings.from(ws.settings());
        Autogenerator auto = Autogenerator.postgres(entities.reflectOptions(ws.settings()))
                .withCanonicalCache(new ModelCache(ws.stateDir().resolve("cache").resolve("canonical")));
        return auto.compare(target, scanned, scratch);
    }
}
