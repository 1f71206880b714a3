package dev.retort.scan.compile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Content hash of a source folder: every file's relative path and bytes, plus what else decides the compiled
 * output (the JDK and the compile classpath). Equal hashes mean the cached classes can be reused.
 */
final class SourceHash {
    private SourceHash() {
    }

    static String of(Path folder, List<Path> files, String environment) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
        update(digest, environment);
        for (Path file : files) {
            update(digest, folder.relativize(file).toString().replace('\\', '/'));
            try {
                byte[] bytes = Files.readAllBytes(file);
                update(digest, Integer.toString(bytes.length));
                digest.update(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        return HexFormat.of().formatHex(digest.digest()).substring(0, 32);
    }

    /** Regular files under {@code folder}, in a stable order. */
    static List<Path> filesUnder(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }
}
