package dev.retort.runtime.load;

import java.nio.file.Path;

/**
 * One {@code .java} file of the migrations folder.
 *
 * @param file      the file
 * @param className its class name (default package): the file name without {@code .java}
 * @param text      its content
 * @param checksum  sha-256 (hex) of its bytes
 */
public record MigrationSource(Path file, String className, String text, String checksum) {
}
