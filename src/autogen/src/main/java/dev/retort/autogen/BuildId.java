package dev.retort.autogen;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.util.stream.Stream;

/**
 * Which build of Retort is running, for cache keys: what Retort derives and caches (a canonical model, say)
 * may change with its code. From the jar Retort runs from, its size and modification time; from a classes
 * folder (tests, an IDE), the newest modification time and the number of files under it.
 */
final class BuildId {
    private static volatile String value;

    private BuildId() {
    }

    static String get() {
        String v = value;
        if (v == null) {
            v = compute();
            value = v;
        }
        return v;
    }

    private static String compute() {
        String version = "java " + Runtime.version();
        try {
            CodeSource source = BuildId.class.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return version + " unknown-location";
            }
            Path location = Path.of(source.getLocation().toURI());
            if (Files.isRegularFile(location)) {
                BasicFileAttributes a = Files.readAttributes(location, BasicFileAttributes.class);
                return version + " jar " + location + " " + a.size() + " " + a.lastModifiedTime().toMillis();
            }
            long newest = 0;
            long count = 0;
            try (Stream<Path> files = Files.walk(location)) {
                for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                    newest = Math.max(newest, Files.getLastModifiedTime(p).toMillis());
                    count++;
                }
            }
            return version + " dir " + location + " " + count + " " + newest;
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // no way to tell builds apart: a key that matches nothing cached, so the cache is never wrong
            return version + " unknown " + System.nanoTime();
        }
    }
}
