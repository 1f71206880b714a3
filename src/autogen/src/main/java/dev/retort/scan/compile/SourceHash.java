package dev.retort.scan.compile;

import dev.retort.io.ContentCache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Content hash of a source folder: every file's relative path and bytes, plus what else decides the compiled
 * output (the JDK and the compile classpath). Equal hashes mean the cached classes can be reused.
 */
final class SourceHash {
    private SourceHash() {
    }

    /** The hash of the files' {@code contents}, in the order of {@link #filesUnder}. */
    static String of(Path folder, java.util.Map<Path, byte[]> contents, String environment) {
        ContentCache.Key key = ContentCache.Key.of(environment);
        contents.forEach((file, bytes) -> {
            key.add(folder.relativize(file).toString().replace('\\', '/'));
            key.add(bytes);
        });
        return key.hex().substring(0, 32);
    }

    /** Regular files under {@code folder}, in a stable order. */
    static List<Path> filesUnder(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }
}
