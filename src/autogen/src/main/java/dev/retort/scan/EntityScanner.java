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
            MetadataReader.Result read = read(booted);
            return new ScanResult(read.model(), read.defaultSchema(), booted.entityClasses());
        }
    }

    /** The scan of {@code request}, whose classes are in {@code locations}, with what Retort read beside the model. */
    public static MetadataReader.Result read(ScanRequest request, List<Path> locations) {
        try (BootedEntities booted = HibernateBoot.boot(locations, request)) {
            return read(booted);
        }
    }

    /**
     * The same for only the {@code @Entity} classes in {@code entities}, with {@code standIns} for the entities only
     * pointed at ({@link HibernateBoot#bootOnly}); empty when the mappings do not come from the classes alone.
     */
    public static java.util.Optional<MetadataReader.Result> readOnly(ScanRequest request, List<Path> locations,
                                                                    java.util.Set<String> entities,
                                                                    java.util.Collection<dev.retort.scan.boot.StandIn> standIns) {
        return HibernateBoot.bootOnly(locations, request, entities, standIns).map(booted -> {
            try (booted) {
                return read(booted);
            }
        });
    }

    private static MetadataReader.Result read(BootedEntities booted) {
        dev.retort.scan.read.ReservedNames.check(booted.metadata());
        return MetadataReader.read(booted.metadata());
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
