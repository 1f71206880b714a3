package dev.retort.autogen;

import dev.retort.io.ContentCache;
import dev.retort.model.ModelCodec;
import dev.retort.model.SchemaModel;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A folder of schema models derived from something expensive, one file per key ({@link ModelCodec}) in a
 * {@link ContentCache}: the canonical forms of scanned models ({@code .retort/cache/canonical}, see
 * {@link Autogenerator}) and the scanned models of unchanged entity classes ({@code .retort/cache/scan}, see
 * {@link CachedScan}). A key is a SHA-256 of every input of the derivation ({@link #key}), so an entry is only
 * ever read for exactly the inputs it was made from. Entries unused for a day are pruned; an unreadable entry
 * counts as missing.
 */
public final class ModelCache {
    private final ContentCache cache;

    public ModelCache(Path directory) {
        this.cache = new ContentCache(directory);
    }

    public Path directory() {
        return cache.directory();
    }

    /** The cached model under {@code key}, if any. */
    public Optional<SchemaModel> get(String key) {
        return cache.read(key).flatMap(bytes -> {
            try {
                return Optional.of(ModelCodec.decode(bytes));
            } catch (IllegalArgumentException e) {
                return Optional.empty(); // of another format: derived again and overwritten
            }
        });
    }

    /** Keeps {@code model} under {@code key}; best effort, a cache that cannot be written only costs time. */
    public void put(String key, SchemaModel model) {
        cache.write(key, ModelCodec.encode(model));
    }

    /** The bytes kept under {@code key}, if any (files that are not a single model, {@link TableForms}). */
    Optional<byte[]> bytes(String key) {
        return cache.read(key);
    }

    /** Keeps {@code bytes} under {@code key}; best effort. */
    void putBytes(String key, byte[] bytes) {
        cache.write(key, bytes);
    }

    /** A key in the making, fed with the cache format and the running build of Retort first. */
    static ContentCache.Key key(String format) {
        return ContentCache.Key.of(format).add(BuildId.get());
    }
}
