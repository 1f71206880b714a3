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
        awaitWrite(key);
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

    /**
     * The same as {@link #put}, encoded and written on a thread of Retort's own while the caller goes on: a command
     * does not wait for the caches of the next one. A read of the key in this process waits for it; the process
     * waits for every such write as it exits.
     */
    public void putLater(String key, SchemaModel model) {
        later(key, () -> cache.write(key, ModelCodec.encode(model)));
    }

    /** The same for {@link #putBytes}, the bytes made by {@code bytes} on that thread. */
    void putBytesLater(String key, java.util.function.Supplier<byte[]> bytes) {
        later(key, () -> cache.write(key, bytes.get()));
    }

    /** The writes not yet done, by file: one at a time, in the order asked. */
    private static final java.util.Map<Path, java.util.concurrent.CompletableFuture<Void>> PENDING =
            new java.util.concurrent.ConcurrentHashMap<>();
    /** One thread, in order, gone after a second without work (a long-lived build process keeps none idle). */
    private static final java.util.concurrent.ThreadPoolExecutor WRITER = new java.util.concurrent.ThreadPoolExecutor(
            1, 1, 1, java.util.concurrent.TimeUnit.SECONDS, new java.util.concurrent.LinkedBlockingQueue<>(), r -> {
                Thread t = new Thread(r, "retort-cache-writer");
                t.setDaemon(true);
                return t;
            });

    static {
        WRITER.allowCoreThreadTimeOut(true);
        Runtime.getRuntime().addShutdownHook(new Thread(ModelCache::awaitWrites, "retort-cache-flush"));
    }

    private void later(String key, Runnable write) {
        Path file = cache.directory().resolve(key);
        java.util.concurrent.CompletableFuture<Void> done = java.util.concurrent.CompletableFuture.runAsync(() -> {
            try {
                write.run();
            } catch (RuntimeException ignored) {
                // best effort, as every cache write
            }
        }, WRITER);
        PENDING.put(file, done);
        done.whenComplete((x, e) -> PENDING.remove(file, done));
    }

    private void awaitWrite(String key) {
        java.util.concurrent.CompletableFuture<Void> w = PENDING.get(cache.directory().resolve(key));
        if (w != null) {
            try {
                w.join();
            } catch (RuntimeException failed) {
                // the write failed: the file is as it was
            }
        }
    }

    /** Waits for the writes asked so far (at most half a minute): at exit, and where a test reads the files. */
    static void awaitWrites() {
        try {
            java.util.concurrent.CompletableFuture.runAsync(() -> { }, WRITER).get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            // the caches only cost time when missing
        }
    }

    /** The bytes kept under {@code key}, if any (files that are not a single model, {@link TableForms}). */
    Optional<byte[]> bytes(String key) {
        awaitWrite(key);
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
