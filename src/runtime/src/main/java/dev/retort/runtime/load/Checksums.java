package dev.retort.runtime.load;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 in hex. A migration's checksum is that of its source, line ends and byte-order mark normalised
 * ({@link #ofSource}; a checksum recorded before that, of the raw bytes, is still accepted); where only the compiled class is at hand
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

    /**
     * The checksum of a source file's content: SHA-256 of its bytes with a leading UTF-8 byte-order mark
     * dropped and CRLF and CR line ends made LF, so that a Windows checkout or git's {@code autocrlf} is not an
     * edit.
     */
    public static String ofSource(byte[] bytes) {
        return sha256(normalized(bytes));
    }

    /**
     * {@link #ofSource} and {@link #sha256} of the same bytes: one digest when the bytes need no normalising (no
     * byte-order mark, no CR), the usual case, since SHA-256 of a megabyte-long generated migration is a noticeable
     * part of a short command.
     */
    public static OfSource ofSourceAndRaw(byte[] bytes) {
        byte[] normalized = normalized(bytes);
        String raw = sha256(bytes);
        return new OfSource(normalized == bytes ? raw : sha256(normalized), raw);
    }

    /** A source's checksum ({@link #ofSource}) and the SHA-256 of its raw bytes. */
    public record OfSource(String checksum, String raw) {
    }

    /** The bytes without a leading UTF-8 byte-order mark, with every CRLF and lone CR as LF. */
    static byte[] normalized(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        int firstCr = -1;
        for (int i = start; i < bytes.length && firstCr < 0; i++) {
            if (bytes[i] == '\r') {
                firstCr = i;
            }
        }
        if (firstCr < 0) {
            return start == 0 ? bytes : java.util.Arrays.copyOfRange(bytes, start, bytes.length);
        }
        byte[] out = new byte[bytes.length - start];
        int n = 0;
        for (int i = start; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b == '\r') {
                out[n++] = '\n';
                if (i + 1 < bytes.length && bytes[i + 1] == '\n') {
                    i++;
                }
            } else {
                out[n++] = b;
            }
        }
        return java.util.Arrays.copyOf(out, n);
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
