package dev.retort.autogen;

import dev.retort.io.ContentCache;
import dev.retort.model.SchemaModel;
import dev.retort.scan.EntityScanner;
import dev.retort.scan.ScanRequest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Scanning with a {@link ModelCache}: the scanned model of entity classes that did not change since an earlier
 * scan comes from the cache, without booting Hibernate (at a thousand entities, the boot takes seconds).
 *
 * <p>The key covers every input of a scan: the bytes and relative paths of every file of every class location
 * (the classes folders and jars of {@code entities.classes}, or the compiled entity sources; so also their
 * {@code hibernate.properties}, {@code persistence.xml}, {@code orm.xml} and naming strategy classes), the
 * request's settings (packages, persistence unit, naming strategies, database version, properties), the
 * entries of its extra class path (by file name, size and time), and the
 * build of Retort, which brings Hibernate and reads its metamodel. Nothing else reaches the scan: Hibernate is
 * booted from these settings alone, with a class loader over these locations and Retort's own classes.
 */
public final class CachedScan {
    private static final String FORMAT = "retort-scan-1";

    private CachedScan() {
    }

    /** The model of the entities of {@code request}, from {@code cache} or scanned now (and then cached). */
    public static SchemaModel scan(ScanRequest request, ModelCache cache) {
        String key = key(request, EntityScanner.locations(request));
        if (key == null) {
            return new EntityScanner().scan(request).model();
        }
        return cache.get(key).orElseGet(() -> {
            SchemaModel model = new EntityScanner().scan(request).model();
            cache.put(key, model);
            return model;
        });
    }

    /**
     * The key of a scan of {@code request}, whose classes are in {@code locations}; null when a location cannot
     * be read (the scan then runs uncached and reports the problem).
     */
    static String key(ScanRequest request, List<Path> locations) {
        try {
            return keyOrFail(request, locations);
        } catch (IOException | UncheckedIOException e) {
            return null;
        }
    }

    private static String keyOrFail(ScanRequest request, List<Path> locations) throws IOException {
        ContentCache.Key key = ModelCache.key(FORMAT);
        key.add("packages " + request.packages());
        key.add("unit " + request.persistenceUnit());
        key.add("physical " + request.physicalNamingStrategy());
        key.add("implicit " + request.implicitNamingStrategy());
        key.add("database " + request.databaseMajorVersion() + "." + request.databaseMinorVersion());
        Map<String, String> properties = new TreeMap<>(request.properties());
        properties.forEach((k, v) -> key.add("property " + k + "=" + v));
        for (Path entry : request.classpath()) {
            classpathEntry(key, entry.toAbsolutePath().normalize());
        }
        for (Path location : locations) {
            Path l = location.toAbsolutePath().normalize();
            key.add("location " + l);
            if (Files.isDirectory(l)) {
                for (Path file : filesUnder(l)) {
                    key.add(l.relativize(file).toString().replace('\\', '/'));
                    content(key, file);
                }
            } else if (Files.isRegularFile(l)) {
                content(key, l);
            } else {
                return null;
            }
        }
        return key.hex();
    }

    /**
     * A library of the entities' class path (a jar of a build's repository, rarely rewritten in place) by name,
     * size and modification time of each of its files, not by content: a large class path is read in no time.
     */
    private static void classpathEntry(ContentCache.Key key, Path entry) throws IOException {
        key.add("classpath " + entry);
        List<Path> files = Files.isDirectory(entry) ? filesUnder(entry)
                : Files.isRegularFile(entry) ? List.of(entry) : List.of();
        for (Path file : files) {
            key.add(entry.relativize(file) + " " + Files.size(file) + " "
                    + Files.getLastModifiedTime(file).toMillis());
        }
    }

    private static void content(ContentCache.Key key, Path file) throws IOException {
        key.add(Files.readAllBytes(file));
    }

    private static List<Path> filesUnder(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
