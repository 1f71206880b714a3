package dev.retort.scan;

import dev.retort.scan.boot.BootedEntities;
import dev.retort.scan.boot.HibernateBoot;
import dev.retort.scan.compile.EntityCompiler;
import dev.retort.scan.read.MetadataReader;

import java.nio.file.Path;
import java.util.List;

/**
 * Scans JPA entities into the desired {@link dev.retort.model.SchemaModel}, reading Hibernate's boot metamodel
 * for PostgreSQL offline.
 */
public final class EntityScanner {

    /** The schema the entities of {@code request} map to. */
    public ScanResult scan(ScanRequest request) {
        try (BootedEntities booted = boot(request)) {
            dev.retort.scan.read.ReservedNames.check(booted.metadata());
            MetadataReader.Result read = MetadataReader.read(booted.metadata());
            return new ScanResult(read.model(), read.defaultSchema(), booted.entityClasses());
        }
    }

    /**
     * Hibernate's metamodel of the entities of {@code request}, compiling a source folder first when the request
     * has one. The caller closes the result.
     */
    public BootedEntities boot(ScanRequest request) {
        return HibernateBoot.boot(locations(request), request);
    }

    /** Where the classes of {@code request} are: its class locations, or its compiled source folder. */
    public static List<Path> locations(ScanRequest request) {
        if (request.sourceFolder() != null) {
            return List.of(EntityCompiler.compile(request.sourceFolder(), request.cacheDirectory(),
                    request.classpath()));
        }
        return request.classLocations();
    }
}
