package dev.retort.scan;

import java.nio.file.Path;

/** The entity source sets under {@code src/test/resources/entities}, scanned through the in-process compile path. */
final class EntitySets {
    static final Path ROOT = Path.of("src/test/resources/entities");
    /** Shared by all tests so that each set is compiled once per build. */
    static final Path CACHE = Path.of("target/retort-cache/entities");

    private EntitySets() {
    }

    static ScanRequest request(String set) {
        return ScanRequest.ofSources(ROOT.resolve(set)).withCacheDirectory(CACHE);
    }

    static ScanResult scan(String set) {
        return new EntityScanner().scan(request(set));
    }
}
