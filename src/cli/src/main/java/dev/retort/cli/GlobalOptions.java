package dev.retort.cli;

import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.Map;

/** Settings flags, accepted before and after the verb: {@code retort --url U upgrade} or {@code retort upgrade --url U}. */
public final class GlobalOptions {
    /** The options that take a value, for finding the verb before parsing. */
    static final java.util.Set<String> WITH_VALUE = java.util.Set.of("--url", "--user", "--password", "--schema",
            "--config", "--migrations-dir", "--lock-timeout");

    @Option(names = "--url", paramLabel = "URL", description = "Database: jdbc:postgresql://host:port/db or postgresql://user:pass@host:port/db. Default: RETORT_URL, DATABASE_URL, retort.properties, else an embedded PostgreSQL in .retort/pg.")
    String url;

    @Option(names = "--user", paramLabel = "USER", description = "Database user.")
    String user;

    @Option(names = "--password", paramLabel = "PASSWORD", description = "Database password (prefer RETORT_PASSWORD).")
    String password;

    @Option(names = "--schema", paramLabel = "SCHEMA", description = "Schema of the tables and the version table (default public).")
    String schema;

    @Option(names = "--config", paramLabel = "FILE", description = "Settings file (default retort.properties).")
    String config;

    @Option(names = "--migrations-dir", paramLabel = "DIR", description = "Folder of migration sources (default migrations).")
    String migrationsDir;

    @Option(names = "--lock-timeout", paramLabel = "DURATION", description = "How long to wait for another run's migration lock: 60s, 500ms, 2m (default 60s).")
    String lockTimeout;

    /** This command's flags over {@code outer}'s (the flags given before the verb). */
    Map<String, String> merged(GlobalOptions outer) {
        Map<String, String> m = new LinkedHashMap<>();
        put(m, "url", url, outer == null ? null : outer.url);
        put(m, "user", user, outer == null ? null : outer.user);
        put(m, "password", password, outer == null ? null : outer.password);
        put(m, "schema", schema, outer == null ? null : outer.schema);
        put(m, "config", config, outer == null ? null : outer.config);
        put(m, "migrations.dir", migrationsDir, outer == null ? null : outer.migrationsDir);
        put(m, "lock.timeout", lockTimeout, outer == null ? null : outer.lockTimeout);
        return m;
    }

    private static void put(Map<String, String> m, String key, String inner, String outer) {
        String v = inner != null ? inner : outer;
        if (v != null) {
            m.put(key, v);
        }
    }
}
