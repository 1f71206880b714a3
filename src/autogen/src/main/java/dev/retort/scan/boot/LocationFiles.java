package dev.retort.scan.boot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Reads a resource such as {@code META-INF/persistence.xml} from a class location: a directory or a jar. */
final class LocationFiles {
    private LocationFiles() {
    }

    /** The resource's bytes and a description of where they came from, if the location has it. */
    static Optional<Found> read(Path location, String resource) {
        try {
            if (Files.isDirectory(location)) {
                Path file = location.resolve(resource);
                return Files.isRegularFile(file) ? Optional.of(new Found(file.toString(), Files.readAllBytes(file)))
                        : Optional.empty();
            }
            if (Files.isRegularFile(location)) {
                try (ZipFile zip = new ZipFile(location.toFile())) {
                    ZipEntry entry = zip.getEntry(resource);
                    if (entry == null) {
                        return Optional.empty();
                    }
                    try (InputStream in = zip.getInputStream(entry)) {
                        return Optional.of(new Found(location + "!/" + resource, in.readAllBytes()));
                    }
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource + " from " + location, e);
        }
    }

    record Found(String origin, byte[] bytes) {
    }
}
