package dev.retort.runtime.load;

import java.nio.file.Path;

/**
 * One {@code .java} file of the migrations folder.
 *
 * @param file      the file
 * @param className its class name (default package): the file name without {@code .java}
 * @param text      its content
 * @param checksum  {@link Checksums#ofSource} of its bytes
 * @param rawChecksum sha-256 of its bytes as they are, as recorded by earlier versions of Retort
 */
public record MigrationSource(Path file, String className, String text, String checksum, String rawChecksum) {

    public MigrationSource(Path file, String className, String text, String checksum) {
        this(file, className, text, checksum, checksum);
    }
}
