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
     * The same for only the {@code discovered} classes, with {@code standIns} for the entities only pointed at
     * ({@link HibernateBoot#bootOnly}); empty when the mappings do not come from the classes alone.
     */
    public static java.util.Optional<MetadataReader.Result> readOnly(ScanRequest request, List<Path> locations,
                                                                    dev.retort.scan.boot.DiscoveredClasses discovered,
                                                                    java.util.Collection<dev.retort.scan.boot.StandIn> standIns) {
        return HibernateBoot.bootOnly(locations, request, discovered, standIns).map(booted -> {
            try (booted) {
                return read(booted);
            }
        });
    }

    private static final java.util.concurrent.atomic.AtomicBoolean WARMING = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * Starts {@link HibernateBoot#warmUp} of a boot and a read like those of {@code request} on a daemon thread,
     * once per process: for a scan that will most likely boot, started before it knows which classes.
     */
    public static void warmUp(ScanRequest request) {
        if (WARMING.getAndSet(true)) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                HibernateBoot.warmUp(request, EntityScanner::read);
            } catch (RuntimeException | LinkageError ignored) {
                // only a warm-up: the real boot reports what is wrong
            }
        }, "retort-boot-warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
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
