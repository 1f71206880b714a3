package dev.retort.runtime.load;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 in hex. A migration's checksum is that of its source; where only the compiled class is at hand
 * (classpath migrations without their {@code .java} file) it is that of the class file, prefixed
 * {@link #CLASS_PREFIX}. The two kinds cannot be compared with each other ({@link #comparable}).
 */
public final class Checksums {
    /** Marks a checksum taken of a class file rather than of a source. */
    public static final String CLASS_PREFIX = "class:";

    private Checksums() {
    }

    /** Whether two checksums are of the same kind, so that a difference means an edit. */
    public static boolean comparable(String a, String b) {
        return a.startsWith(CLASS_PREFIX) == b.startsWith(CLASS_PREFIX);
    }

    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
