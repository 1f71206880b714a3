package dev.retort.autogen;

import dev.retort.model.ModelCodec;
import dev.retort.model.SchemaModel;

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
 * A folder of schema models derived from something expensive, one file per key ({@link ModelCodec}): the
 * canonical forms of scanned models ({@code .retort/cache/canonical}, see {@link Autogenerator}) and the
 * scanned models of unchanged entity classes ({@code .retort/cache/scan}, see {@link CachedScan}). A key is
 * a SHA-256 of every input of the derivation, so an entry is only ever read for exactly the inputs it was
 * made from. Entries unused for a day are pruned; an unreadable entry counts as missing.
 */
public final class ModelCache {
    private static final long PRUNE_AFTER_MILLIS = 24L * 60 * 60 * 1000;

    private final Path directory;

    public ModelCache(Path directory) {
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }

    /** The cached model under {@code key}, if any. */
    public Optional<SchemaModel> get(String key) {
        Path file = directory.resolve(key);
        try {
            SchemaModel model = ModelCodec.decode(Files.readAllBytes(file));
            touch(file);
            return Optional.of(model);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty(); // unreadable or of another format: derived again and overwritten
        }
    }

    /** Keeps {@code model} under {@code key}; best effort, a cache that cannot be written only costs time. */
    public void put(String key, SchemaModel model) {
        Path file = directory.resolve(key);
        Path tmp = directory.resolve(key + ".tmp-" + UUID.randomUUID());
        try {
            Files.createDirectories(directory);
            Files.write(tmp, ModelCodec.encode(model));
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            prune(file);
        } catch (IOException e) {
            // best effort
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // a leftover temporary file does no harm
            }
        }
    }

    /** A digest for building keys, fed with the cache format and the running build of Retort first. */
    static MessageDigest keyDigest(String format) {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
        update(md, format);
        update(md, BuildId.get());
        return md;
    }

    /** Adds {@code text} and a terminator, so that consecutive parts cannot run into each other. */
    static void update(MessageDigest md, String text) {
        md.update(String.valueOf(text).getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
    }

    static String hex(MessageDigest md) {
        return HexFormat.of().formatHex(md.digest());
    }

    private static void touch(Path file) {
        try {
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException ignored) {
            // only decides when the entry is pruned
        }
    }

    /** Removes the entries not used for a day, other than {@code keep}. */
    private void prune(Path keep) {
        long cutoff = System.currentTimeMillis() - PRUNE_AFTER_MILLIS;
        try (Stream<Path> entries = Files.list(directory)) {
            for (Path entry : entries.toList()) {
                if (!entry.equals(keep) && Files.getLastModifiedTime(entry).toMillis() < cutoff) {
                    Files.deleteIfExists(entry);
                }
            }
        } catch (IOException ignored) {
            // housekeeping; a failure costs only disk space
        }
    }
}
