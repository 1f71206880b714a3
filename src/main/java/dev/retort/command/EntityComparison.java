package dev.retort.command;

import dev.retort.autogen.Autogenerator;
import dev.retort.autogen.Comparison;
import dev.retort.model.SchemaModel;
import dev.retort.runtime.Database;
import dev.retort.scan.EntityScanner;

/** Scans the configured entities and compares them with a database: the engine of autogenerate and check. */
final class EntityComparison {
    private EntityComparison() {
    }

    static SchemaModel scan(Workspace ws) {
        return new EntityScanner().scan(EntitySettings.from(ws.settings()).request()).model();
    }

    static Comparison compare(Workspace ws, Database db, SchemaModel scanned) {
        EntitySettings entities = EntitySettings.from(ws.settings());
        Autogenerator auto = Autogenerator.postgres(entities.reflectOptions(ws.settings()));
        return db.read(c -> auto.compare(c, scanned));
    }
}
