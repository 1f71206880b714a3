package dev.retort.command;

import dev.retort.autogen.Autogenerator;
import dev.retort.autogen.CachedScan;
import dev.retort.autogen.ModelCache;
import dev.retort.autogen.Comparison;
import dev.retort.model.SchemaModel;
import dev.retort.runtime.Database;

/** Scans the configured entities and compares them with a database: the engine of autogenerate and check. */
final class EntityComparison {
    private EntityComparison() {
    }

    static SchemaModel scan(Workspace ws) {
        return CachedScan.scan(EntitySettings.from(ws.settings()).request(),
                new ModelCache(ws.stateDir().resolve("cache").resolve("scan")));
    }

    static Comparison compare(Workspace ws, Database db, SchemaModel scanned) {
        EntitySettings entities = EntitySettings.from(ws.settings());
        Autogenerator auto = Autogenerator.postgres(entities.reflectOptions(ws.settings()))
                .withDiffOptions(CompareSettings.from(ws.settings())::apply)
                .withCanonicalCache(new ModelCache(ws.stateDir().resolve("cache").resolve("canonical")));
        return db.read(c -> auto.compare(c, scanned));
    }
}
