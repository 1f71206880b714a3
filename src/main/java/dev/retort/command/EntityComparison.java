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
        return compare(ws, db, scanned, dev.retort.diff.Renames.none());
    }

    static Comparison compare(Workspace ws, Database db, SchemaModel scanned, dev.retort.diff.Renames renames) {
        EntitySettings entities = EntitySettings.from(ws.settings());
        Autogenerator auto = Autogenerator.postgres(entities.reflectOptions(ws.settings())).withRenames(renames)
                .withCanonicalCache(new ModelCache(ws.stateDir().resolve("cache").resolve("canonical")));
        return db.read(c -> auto.compare(c, scanned));
    }
}
