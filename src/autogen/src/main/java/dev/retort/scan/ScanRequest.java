package dev.retort.scan;

import dev.retort.io.ContentCache;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What to scan and how Hibernate should see it.
 *
 * <p>Either {@code classLocations} (directories or jars of compiled classes) or {@code sourceFolder} (a folder
 * of entity {@code .java} sources, compiled in-process into {@code cacheDirectory/<content hash>}) is set,
 * never both.
 *
 * @param classLocations          directories or jars holding the compiled entity classes
 * @param packages                packages to look for entities in (with their sub-packages); empty means all
 *                                classes of the locations or of the source folder
 * @param sourceFolder            folder of entity sources, or null
 * @param cacheDirectory          root of the compile cache for {@code sourceFolder}
 * @param persistenceUnit         name of the persistence unit to read from {@code META-INF/persistence.xml}, or
 *                                null for the only one
 * @param physicalNamingStrategy  class name or alias of the physical naming strategy, or null to take it from
 *                                the configuration files (Hibernate's default otherwise)
 * @param implicitNamingStrategy  class name or alias of the implicit naming strategy, or null likewise
 * @param databaseMajorVersion    PostgreSQL major version Hibernate should generate DDL for
 * @param databaseMinorVersion    PostgreSQL minor version
 * @param properties              further Hibernate settings; they win over configuration files
 * @param classpath               further jars and folders the entities need at compile and boot time (their
 *                                libraries, a Bean Validation provider); entities are not looked for in them
 */
public record ScanRequest(List<Path> classLocations, List<String> packages, Path sourceFolder, Path cacheDirectory,
                          String persistenceUnit, String physicalNamingStrategy, String implicitNamingStrategy,
                          int databaseMajorVersion, int databaseMinorVersion, Map<String, String> properties,
                          List<Path> classpath) {

    public static final Path DEFAULT_CACHE_DIRECTORY = ContentCache.Kind.ENTITIES.under(Path.of(".retort", "cache"));
    public static final int DEFAULT_MAJOR_VERSION = 15;

    public ScanRequest {
        classLocations = classLocations == null ? List.of() : List.copyOf(classLocations);
        packages = packages == null ? List.of() : List.copyOf(packages);
        if (classLocations.isEmpty() == (sourceFolder == null)) {
            throw new IllegalArgumentException("a scan request needs either class locations or a source folder, "
                    + "got locations=" + classLocations + " sourceFolder=" + sourceFolder);
        }
        cacheDirectory = Objects.requireNonNullElse(cacheDirectory, DEFAULT_CACHE_DIRECTORY);
        if (databaseMajorVersion <= 0 || databaseMinorVersion < 0) {
            throw new IllegalArgumentException("invalid database version " + databaseMajorVersion + "."
                    + databaseMinorVersion);
        }
        properties = properties == null ? Map.of() : Map.copyOf(properties);
        classpath = classpath == null ? List.of() : List.copyOf(classpath);
    }

    public ScanRequest(List<Path> classLocations, List<String> packages, Path sourceFolder, Path cacheDirectory,
                       String persistenceUnit, String physicalNamingStrategy, String implicitNamingStrategy,
                       int databaseMajorVersion, int databaseMinorVersion, Map<String, String> properties) {
        this(classLocations, packages, sourceFolder, cacheDirectory, persistenceUnit, physicalNamingStrategy,
                implicitNamingStrategy, databaseMajorVersion, databaseMinorVersion, properties, List.of());
    }

    /** Compiled classes in {@code locations}, entities looked for in {@code packages} (empty: everywhere). */
    public static ScanRequest ofClasses(List<Path> locations, List<String> packages) {
        return new ScanRequest(locations, packages, null, null, null, null, null, DEFAULT_MAJOR_VERSION, 0, Map.of());
    }

    /** Entity sources in {@code folder}, compiled in-process; all of their packages are scanned. */
    public static ScanRequest ofSources(Path folder) {
        return new ScanRequest(List.of(), List.of(), folder, null, null, null, null, DEFAULT_MAJOR_VERSION, 0,
                Map.of());
    }

    public ScanRequest withPackages(List<String> newPackages) {
        return new ScanRequest(classLocations, newPackages, sourceFolder, cacheDirectory, persistenceUnit,
                physicalNamingStrategy, implicitNamingStrategy, databaseMajorVersion, databaseMinorVersion,
                properties, classpath);
    }

    public ScanRequest withCacheDirectory(Path directory) {
        return new ScanRequest(classLocations, packages, sourceFolder, directory, persistenceUnit,
                physicalNamingStrategy, implicitNamingStrategy, databaseMajorVersion, databaseMinorVersion,
                properties, classpath);
    }

    public ScanRequest withPersistenceUnit(String unitName) {
        return new ScanRequest(classLocations, packages, sourceFolder, cacheDirectory, unitName,
                physicalNamingStrategy, implicitNamingStrategy, databaseMajorVersion, databaseMinorVersion,
                properties, classpath);
    }

    public ScanRequest withPhysicalNamingStrategy(String classNameOrAlias) {
        return new ScanRequest(classLocations, packages, sourceFolder, cacheDirectory, persistenceUnit,
                classNameOrAlias, implicitNamingStrategy, databaseMajorVersion, databaseMinorVersion, properties, classpath);
    }

    public ScanRequest withImplicitNamingStrategy(String classNameOrAlias) {
        return new ScanRequest(classLocations, packages, sourceFolder, cacheDirectory, persistenceUnit,
                physicalNamingStrategy, classNameOrAlias, databaseMajorVersion, databaseMinorVersion, properties, classpath);
    }

    public ScanRequest withDatabaseVersion(int major, int minor) {
        return new ScanRequest(classLocations, packages, sourceFolder, cacheDirectory, persistenceUnit,
                physicalNamingStrategy, implicitNamingStrategy, major, minor, properties, classpath);
    }

    public ScanRequest withProperty(String key, String value) {
        Map<String, String> more = new LinkedHashMap<>(properties);
        more.put(key, value);
        return new ScanRequest(classLocations, packages, sourceFolder, cacheDirectory, persistenceUnit,
                physicalNamingStrategy, implicitNamingStrategy, databaseMajorVersion, databaseMinorVersion, more, classpath);
    }

    public ScanRequest withClasspath(List<Path> entries) {
        return new ScanRequest(classLocations, packages, sourceFolder, cacheDirectory, persistenceUnit,
                physicalNamingStrategy, implicitNamingStrategy, databaseMajorVersion, databaseMinorVersion,
                properties, entries);
    }

    public ScanRequest withProperties(Map<String, String> more) {
        Map<String, String> all = new LinkedHashMap<>(properties);
        all.putAll(more);
        return new ScanRequest(classLocations, packages, sourceFolder, cacheDirectory, persistenceUnit,
                physicalNamingStrategy, implicitNamingStrategy, databaseMajorVersion, databaseMinorVersion, all,
                classpath);
    }
}
