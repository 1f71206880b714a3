package dev.retort.scan.compile;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

/**
 * The classpath entity sources are compiled against: Retort's own classpath (so the JPA and Hibernate
 * annotations resolve), with {@code Class-Path} manifest entries expanded because test runners and launchers
 * often start the JVM from a manifest-only jar.
 */
final class CompileClasspath {
    private CompileClasspath() {
    }

    static List<Path> current() {
        Set<Path> entries = new LinkedHashSet<>();
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                addWithManifest(Path.of(entry).toAbsolutePath().normalize(), entries);
            }
        }
        for (Class<?> anchor : new Class<?>[]{jakarta.persistence.Entity.class, org.hibernate.annotations.Check.class}) {
            codeSource(anchor).ifPresent(p -> addWithManifest(p, entries));
        }
        return new ArrayList<>(entries);
    }

    private static java.util.Optional<Path> codeSource(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    private static void addWithManifest(Path entry, Set<Path> entries) {
        if (!entries.add(entry) || !Files.isRegularFile(entry) || !entry.toString().endsWith(".jar")) {
            return;
        }
        try (JarFile jar = new JarFile(entry.toFile())) {
            Manifest manifest = jar.getManifest();
            String classPath = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
            if (classPath == null) {
                return;
            }
            for (String item : classPath.trim().split("\\s+")) {
                Path resolved = resolve(entry, item);
                if (resolved != null && Files.exists(resolved)) {
                    addWithManifest(resolved, entries);
                }
            }
        } catch (IOException e) {
            // not a readable jar: javac will report what it cannot use
        }
    }

    private static Path resolve(Path jar, String item) {
        try {
            java.net.URI base = jar.getParent() == null ? jar.toUri() : jar.getParent().toUri();
            return Path.of(base.resolve(item)).toAbsolutePath().normalize();
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return null;
        }
    }
}
