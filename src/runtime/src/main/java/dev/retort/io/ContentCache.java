package dev.retort.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A folder of entries derived from something expensive, each under a key that is a hash of every input of the
 * derivation ({@link Key}), so that an entry is only ever read for exactly the inputs it was made from. One
 * folder per kind of entry ({@link Kind}, under {@code .retort/cache}).
 *
 * <p>An entry is a folder ({@link #entry}) or a file ({@link #read}, {@link #write}). It is made under a
 * temporary name and published by an atomic rename, so a reader never sees half of one; when a concurrent run
 * published the same key first, its entry is used (it was made from the same inputs). Entries not used for a
 * day are removed whenever a new one is published (an entry used is touched; a concurrent run of other inputs
 * may still be reading a younger one). A cache that cannot be read costs time, never a wrong result.
 */
public final class ContentCache {
    /** The kinds of entries, each in its own folder under the cache root. */
    public enum Kind {
        /** Compiled migration classes (folders). */
        MIGRATIONS("migrations"),
        /** Compiled entity sources and their resources (folders). */
        ENTITIES("entities"),
        /** Scanned models of unchanged entity classes (files). */
        SCAN("scan"),
        /** Canonical forms of scanned models (files). */
        CANONICAL("canonical");

        private final String folder;

        Kind(String folder) {
            this.folder = folder;
        }

        /** The folder of this kind under {@code cacheRoot} (such as {@code .retort/cache}). */
        public Path under(Path cacheRoot) {
            return cacheRoot.resolve(folder);
        }
    }

    /** Fills the folder of a new entry. */
    @FunctionalInterface
    public interface Filler {
        void fill(Path folder) throws IOException;
    }

    /** Marks a folder entry as complete: a folder without it is a broken attempt, made again. */
    static final String COMPLETE_MARKER = ".retort-complete";
    private static final long PRUNE_AFTER_MILLIS = 24L * 60 * 60 * 1000;

    private final Path directory;

    public ContentCache(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    public static ContentCache of(Path cacheRoot, Kind kind) {
        return new ContentCache(kind.under(cacheRoot));
    }

    public Path directory() {
        return directory;
    }

    /**
     * The folder under {@code key}, made by {@code fill} when there is none. An exception of {@code fill} leaves
     * no entry behind.
     *
     * @throws IOException when the cache cannot be written
     */
    public Path entry(String key, Filler fill) throws IOException {
        Path target = directory.resolve(key);
        if (Files.exists(target.resolve(COMPLETE_MARKER))) {
            touch(target);
            return target;
        }
        Path work = temporary(key);
        try {
            Files.createDirectories(work);
            fill.fill(work);
            Files.writeString(work.resolve(COMPLETE_MARKER), key, StandardCharsets.UTF_8);
            publishFolder(work, target);
            prune(target);
            return target;
        } finally {
            Trees.deleteQuietly(work);
        }
    }

    /** The bytes of the file under {@code key}, if there is one that can be read. */
    public Optional<byte[]> read(String key) {
        Path file = directory.resolve(key);
        try {
            byte[] bytes = Files.readAllBytes(file);
            touch(file);
            return Optional.of(bytes);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // unreadable: derived again and overwritten
        }
    }

    /** Keeps {@code bytes} under {@code key}; best effort, a cache that cannot be written only costs time. */
    public void write(String key, byte[] bytes) {
        Path file = directory.resolve(key);
        Path tmp = temporary(key);
        try {
            Files.createDirectories(directory);
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            prune(file);
        } catch (IOException e) {
            // best effort
        } finally {
            Trees.deleteQuietly(tmp);
        }
    }

    private Path temporary(String key) {
        return directory.resolve(key + ".tmp-" + UUID.randomUUID());
    }

    private static void publishFolder(Path work, Path target) throws IOException {
        try {
            Files.move(work, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(work, target);
        } catch (IOException e) {
            // the target exists ("file exists" or "directory not empty", depending on the system), or cannot be written
            if (Files.exists(target.resolve(COMPLETE_MARKER))) {
                return; // another run published the same inputs first; its entry is as good as ours
            }
            if (!Files.exists(target)) {
                throw e;
            }
            Trees.deleteQuietly(target); // a broken earlier attempt: replace it
            try {
                Files.move(work, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException again) {
                if (!Files.exists(target.resolve(COMPLETE_MARKER))) {
                    throw again;
                }
            }
        }
    }

    private static void touch(Path entry) {
        try {
            Files.setLastModifiedTime(entry, FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException ignored) {
            // only decides when the entry is pruned
        }
    }

    /** Removes the entries (and leftover temporary ones) not used for a day, other than {@code keep}. */
    private void prune(Path keep) {
        long cutoff = System.currentTimeMillis() - PRUNE_AFTER_MILLIS;
        try (Stream<Path> entries = Files.list(directory)) {
            for (Path entry : entries.toList()) {
                if (!entry.equals(keep) && Files.getLastModifiedTime(entry).toMillis() < cutoff) {
                    Trees.deleteQuietly(entry);
                }
            }
        } catch (IOException ignored) {
            // housekeeping; a failure costs only disk space
        }
    }

    /** A key in the making: a SHA-256 of the parts added, each ended so that parts cannot run into each other. */
    public static final class Key {
        private final MessageDigest md;

        private Key(String format) {
            try {
                md = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is required of every JVM", e);
            }
            add(format);
        }

        /** A key whose first part is {@code format}: bump it when what an entry holds changes. */
        public static Key of(String format) {
            return new Key(format);
        }

        /** Adds {@code text} and a terminator. */
        public Key add(String text) {
            md.update(String.valueOf(text).getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            return this;
        }

        /** Adds {@code bytes}, after their length. */
        public Key add(byte[] bytes) {
            add(Integer.toString(bytes.length));
            md.update(bytes);
            return this;
        }

        /** The key, in hex (64 digits); the key can no longer be added to. */
        public String hex() {
            return HexFormat.of().formatHex(md.digest());
        }
    }
}
