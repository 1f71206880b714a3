package dev.retort.io;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Which build of Retort is running, for cache keys ({@link ContentCache.Key}): what Retort derives and caches
 * (compiled migrations, canonical models) may change with its code. From the jar a class was loaded from, its
 * path, size and modification time; from a classes folder (tests, an IDE), the path, size and time of every file
 * under it.
 */
public final class BuildIdentity {
    private BuildIdentity() {
    }

    /** The identity of the jar or classes folder {@code anchor} was loaded from; empty when it cannot be told. */
    public static Optional<String> of(Class<?> anchor) {
        try {
            CodeSource source = anchor.getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) {
                return Optional.empty();
            }
            Path location = Path.of(source.getLocation().toURI());
            if (Files.isRegularFile(location)) {
                return Optional.of(location + ":" + Files.size(location) + ":" + Files.getLastModifiedTime(location).toMillis());
            }
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            try (Stream<Path> files = Files.walk(location)) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    md.update((location.relativize(f) + ":" + Files.size(f) + ":"
                            + Files.getLastModifiedTime(f).toMillis() + "\n").getBytes(StandardCharsets.UTF_8));
                }
            }
            return Optional.of(location + ":" + HexFormat.of().formatHex(md.digest()));
        } catch (URISyntaxException | IOException | NoSuchAlgorithmException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
