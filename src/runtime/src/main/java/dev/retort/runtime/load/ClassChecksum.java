package dev.retort.runtime.load;

import dev.retort.errors.ErrorKind;
import dev.retort.errors.RetortException;

import java.io.IOException;
import java.io.InputStream;

/**
 * The checksums of a compiled migration: of its source when the build packages the {@code .java} file beside
 * the class (then it equals the one the command line records), else of the class file, marked
 * {@link Checksums#CLASS_PREFIX} so that it is only ever compared with another class-file checksum. Both are
 * read through the class loader, so a class on the classpath twice is checksummed as the copy it loads.
 *
 * @param checksum       {@link Checksums#ofSource} of the source, or the marked class-file checksum
 * @param legacyChecksum sha-256 of the raw source bytes, as earlier versions recorded; the class-file
 *                       checksum again when there is no source
 */
public record ClassChecksum(String checksum, String legacyChecksum) {

    /** The checksums of the class {@code className}, its files read through {@code loader}. */
    public static ClassChecksum of(String className, ClassLoader loader) {
        String base = className.replace('.', '/');
        byte[] source = read(loader, base + ".java", false);
        if (source != null) {
            Checksums.OfSource sums = Checksums.ofSourceAndRaw(source);
            return new ClassChecksum(sums.checksum(), sums.raw());
        }
        String sum = Checksums.CLASS_PREFIX + Checksums.sha256(read(loader, base + ".class", true));
        return new ClassChecksum(sum, sum);
    }

    private static byte[] read(ClassLoader loader, String resource, boolean required) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                if (required) {
                    throw new RetortException(ErrorKind.IO, "cannot read the class file " + resource
                            + " from the classpath, to checksum the migration");
                }
                return null;
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new RetortException(ErrorKind.IO, "cannot read " + resource + " from the classpath", e);
        }
    }
}
