package dev.retort.autogen;

import dev.retort.io.BuildIdentity;

/**
 * Which build of Retort is running, for cache keys: what Retort derives and caches (a canonical model, say)
 * may change with its code. The JDK's version and the identity of the jar or classes folder Retort's autogenerate
 * code runs from ({@link BuildIdentity}).
 */
final class BuildId {
    private static volatile String value;

    private BuildId() {
    }

    static String get() {
        String v = value;
        if (v == null) {
            String version = "java " + Runtime.version();
            // when builds cannot be told apart: a key that matches nothing cached, so the cache is never wrong
            v = version + " " + BuildIdentity.of(BuildId.class).orElseGet(() -> "unknown " + System.nanoTime());
            value = v;
        }
        return v;
    }
}
