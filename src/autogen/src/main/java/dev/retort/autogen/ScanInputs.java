package dev.retort.autogen;

import dev.retort.runtime.load.Checksums;
import dev.retort.io.ContentCache;
import dev.retort.scan.ScanRequest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What a scan reads, read once: the key of the whole scan ({@link CachedScan}), the key of everything but the
 * class files of the class folders ({@link IncrementalScan}: two scans with the same settings key differ only in
 * some classes), and those class files by class name.
 *
 * @param fullKey     every input: settings, class path entries, and every file of every location, by path
 * @param settingsKey the same without the class files of folder locations and without where the locations are
 *                    (a compiled source folder moves at each edit), nor the compile cache's records of a compiled
 *                    source folder ({@code .retort-sources}, what it was compiled from); null when a location is a
 *                    jar, whose classes are then part of the settings
 * @param classes     the bytes of the class files of the folder locations, by binary class name (not
 *                    {@code package-info} or {@code module-info}, which belong to the settings)
 * @param classHashes SHA-256 of each of those, in hex, by the same name: the full key holds them instead of the
 *                    bytes, so that each class file is hashed once
 * @param packageInfos the bytes of the {@code package-info} class files of the folder locations, by package name
 *                    (part of the settings too)
 */
record ScanInputs(String fullKey, String settingsKey, Map<String, byte[]> classes, Map<String, String> classHashes,
                  Map<String, byte[]> packageInfos) {
    private static final String FORMAT = "retort-scan-2";
    private static final String SETTINGS_FORMAT = "retort-scan-settings-1";

    ScanInputs {
        classes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(classes));
        classHashes = Map.copyOf(classHashes);
        packageInfos = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(packageInfos));
    }

    /** The inputs of a scan of {@code request}, whose classes are in {@code locations}. */
    static ScanInputs read(ScanRequest request, List<Path> locations) throws IOException {
        ContentCache.Key full = ModelCache.key(FORMAT);
        ContentCache.Key settings = ModelCache.key(SETTINGS_FORMAT);
        boolean folders = true;
        for (String part : settingsParts(request)) {
            full.add(part);
            settings.add(part);
        }
        for (Path entry : request.classpath()) {
            classpathEntry(full, settings, entry.toAbsolutePath().normalize());
        }
        Map<String, byte[]> classes = new TreeMap<>();
        Map<String, String> classHashes = new java.util.HashMap<>();
        Map<String, byte[]> packageInfos = new TreeMap<>();
        int index = 0;
        for (Path location : locations) {
            Path l = location.toAbsolutePath().normalize();
            full.add("location " + l);
            settings.add("location #" + index++);
            if (Files.isDirectory(l)) {
                for (Path file : filesUnder(l)) {
                    String relative = l.relativize(file).toString().replace('\\', '/');
                    byte[] bytes = Files.readAllBytes(file);
                    full.add(relative);
                    String name = className(relative);
                    if (name != null && !classes.containsKey(name)) {
                        String hash = Checksums.sha256(bytes);
                        full.add("sha256 " + hash);
                        classes.put(name, bytes);
                        classHashes.put(name, hash);
                        continue;
                    }
                    full.add(bytes);
                    if (!relative.startsWith(".retort-")) { // not the compile cache's own records
                        String pkg = packageOfInfo(relative);
                        if (pkg != null) {
                            packageInfos.putIfAbsent(pkg, bytes);
                        }
                        settings.add(relative);
                        settings.add(bytes);
                    }
                }
            } else if (Files.isRegularFile(l)) {
                byte[] bytes = Files.readAllBytes(l);
                full.add(bytes);
                settings.add(bytes);
                folders = false;
            } else {
                throw new IOException("no such class location: " + l);
            }
        }
        return new ScanInputs(full.hex(), folders ? settings.hex() : null, classes, classHashes, packageInfos);
    }

    private static List<String> settingsParts(ScanRequest request) {
        List<String> parts = new java.util.ArrayList<>();
        parts.add("packages " + request.packages());
        parts.add("unit " + request.persistenceUnit());
        parts.add("physical " + request.physicalNamingStrategy());
        parts.add("implicit " + request.implicitNamingStrategy());
        parts.add("database " + request.databaseMajorVersion() + "." + request.databaseMinorVersion());
        new TreeMap<>(request.properties()).forEach((k, v) -> parts.add("property " + k + "=" + v));
        return parts;
    }

    /** {@code shop/Order$Line.class} is {@code shop.Order$Line}; null for other files and package or module infos. */
    private static String className(String relative) {
        if (!relative.endsWith(".class") || relative.endsWith("package-info.class")
                || relative.endsWith("module-info.class") || relative.startsWith("META-INF/")) {
            return null;
        }
        return relative.substring(0, relative.length() - ".class".length()).replace('/', '.');
    }

    /** {@code shop/orders/package-info.class} is {@code shop.orders}; null for other files. */
    private static String packageOfInfo(String relative) {
        if (relative.startsWith("META-INF/") || !(relative.equals("package-info.class")
                || relative.endsWith("/package-info.class"))) {
            return null;
        }
        int slash = relative.lastIndexOf('/');
        return slash < 0 ? "" : relative.substring(0, slash).replace('/', '.');
    }

    /**
     * A library of the entities' class path (a jar of a build's repository, rarely rewritten in place) by name,
     * size and modification time of each of its files, not by content: a large class path is read in no time.
     */
    private static void classpathEntry(ContentCache.Key full, ContentCache.Key settings, Path entry)
            throws IOException {
        full.add("classpath " + entry);
        settings.add("classpath " + entry);
        List<Path> files = Files.isDirectory(entry) ? filesUnder(entry)
                : Files.isRegularFile(entry) ? List.of(entry) : List.of();
        for (Path file : files) {
            String part = entry.relativize(file) + " " + Files.size(file) + " "
                    + Files.getLastModifiedTime(file).toMillis();
            full.add(part);
            settings.add(part);
        }
    }

    private static List<Path> filesUnder(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
