package dev.retort.command;

import dev.retort.autogen.Autogenerator;
import dev.retort.autogen.CachedScan;
import dev.retort.autogen.ModelCache;
import dev.retort.autogen.Comparison;
import dev.retort.io.ContentCache;
import dev.retort.model.SchemaModel;
import dev.retort.runtime.Database;
import dev.retort.scan.ScanRequest;
import dev.retort.scratch.Scratch;

import java.sql.Connection;
import java.sql.DatabaseMetaData;

/** Scans the configured entities and compares them with a database: the engine of autogenerate and check. */
final class EntityComparison {
    private EntityComparison() {
    }

    /**
     * The entities' model as Hibernate builds it for the server behind {@code db}: its DDL follows that
     * server's version (read from the connection, as Hibernate's start-up does), unless
     * {@code entities.database-version} fixes one. The version travels in the scan request, so the model does
     * not depend on where it is later canonicalized.
     */
    static SchemaModel scan(Workspace ws, Database db) {
        return scan(ws, request(ws, db));
    }

    /** The same for {@code request}, made by {@link #request}. */
    static SchemaModel scan(Workspace ws, ScanRequest request) {
        return CachedScan.scan(request, new ModelCache(ContentCache.Kind.SCAN.under(ws.stateDir().resolve("cache"))));
    }

    /** The same, reading the server's version on {@code target}, a connection inside the caller's snapshot. */
    static SchemaModel scan(Workspace ws, Connection target) throws java.sql.SQLException {
        EntitySettings entities = EntitySettings.from(ws.settings());
        ScanRequest request = entities.request();
        if (!entities.databaseVersionFixed()) {
            DatabaseMetaData meta = target.getMetaData();
            request = entities.requestFor(meta.getDatabaseMajorVersion(), meta.getDatabaseMinorVersion());
        }
        return CachedScan.scan(request, new ModelCache(ContentCache.Kind.SCAN.under(ws.stateDir().resolve("cache"))));
    }

    static ScanRequest request(Workspace ws, Database db) {
        EntitySettings entities = EntitySettings.from(ws.settings());
        if (entities.databaseVersionFixed()) {
            return entities.request();
        }
        int[] version = db.read(c -> {
            DatabaseMetaData meta = c.getMetaData();
            return new int[]{meta.getDatabaseMajorVersion(), meta.getDatabaseMinorVersion()};
        });
        return entities.requestFor(version[0], version[1]);
    }

    /**
     * Compares on {@code target}, a connection inside the caller's read-only snapshot ({@link Database#read}); the
     * canonical form is made in {@code scratch}.
     */
    static Comparison compare(Workspace ws, Connection target, SchemaModel scanned, Scratch scratch) {
        return compare(ws, target, scanned, scratch, dev.retort.diff.Renames.none());
    }

    /** The same, deciding renames by {@code renames} (the user's {@code --rename} hints, a question for candidates). */
    static Comparison compare(Workspace ws, Connection target, SchemaModel scanned, Scratch scratch,
                              dev.retort.diff.Renames renames) {
        return compare(ws, target, scanned, scratch, renames, null);
    }

    /**
     * The same, with the live project schema read already ({@link #live}, null to read it here): see
     * {@link Autogenerator#compare(Connection, SchemaModel, Scratch, SchemaModel)}.
     */
    static Comparison compare(Workspace ws, Connection target, SchemaModel scanned, Scratch scratch,
                              dev.retort.diff.Renames renames, SchemaModel projectSchema) {
        return autogenerator(ws).withRenames(renames)
                .withCanonicalCache(new ModelCache(ContentCache.Kind.CANONICAL.under(ws.stateDir().resolve("cache"))))
                .compare(target, scanned, scratch, projectSchema);
    }

    /** The live project schema on {@code target}, as {@link #compare} reads it. */
    static SchemaModel live(Workspace ws, Connection target) {
        return autogenerator(ws).live(target);
    }

    private static Autogenerator autogenerator(Workspace ws) {
        EntitySettings entities = EntitySettings.from(ws.settings());
        return Autogenerator.postgres(entities.reflectOptions(ws.settings()))
                .withDiffOptions(CompareSettings.from(ws.settings())::apply);
    }
}
