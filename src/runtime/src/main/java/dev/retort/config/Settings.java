package dev.retort.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The resolved settings of one run. Built by {@link SettingsLoader}: command-line flags, then environment,
 * then {@code retort.properties}, then defaults.
 *
 * @param workDir       the project folder; relative paths are resolved against it
 * @param url           database URL as given (may hold a password; never print it), or null for embedded
 * @param user          login user or null
 * @param password      password or null
 * @param schema        schema the migrations and the version table live in
 * @param migrationsDir folder of migration sources
 * @param templatesDir  folder of user templates, or null for the built-in ones
 * @param versionTable  name of the version table
 * @param lockTimeout   how long to wait for another process's migration lock
 * @param entities      {@code entities.*} keys without the prefix, for autogenerate
 * @param compare       {@code compare.*} keys without the prefix: what autogenerate and check compare
 * @param scratchUrl    {@code scratch.url}: the server where Retort creates its scratch database (may hold a
 *                      password; never print it), or null for the embedded PostgreSQL
 * @param migrationsPackage {@code migrations.package}: the Java package {@code retort revision} writes new
 *                      migrations in; "" for the default package
 * @param stateDir      where Retort keeps local state (compile cache, embedded database); null for
 *                      {@code workDir/.retort} (the Maven plugin keeps it under {@code target/})
 */
public record Settings(Path workDir, String url, String user, String password, String schema,
                       Path migrationsDir, Path templatesDir, String versionTable, Duration lockTimeout,
                       Map<String, String> entities, Map<String, String> compare, String scratchUrl,
                       String migrationsPackage, Path stateDir) {

    public static final String DEFAULT_SCHEMA = "public";
    public static final String DEFAULT_VERSION_TABLE = "retort_version";
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(60);

    public Settings {
        entities = Map.copyOf(entities);
        compare = compare == null ? Map.of() : Map.copyOf(compare);
        migrationsPackage = migrationsPackage == null ? "" : migrationsPackage;
        stateDir = stateDir == null ? workDir.resolve(".retort") : stateDir;
    }

    /** Settings whose local state is in {@code workDir/.retort}. */
    public Settings(Path workDir, String url, String user, String password, String schema, Path migrationsDir,
                    Path templatesDir, String versionTable, Duration lockTimeout, Map<String, String> entities,
                    Map<String, String> compare, String scratchUrl, String migrationsPackage) {
        this(workDir, url, user, password, schema, migrationsDir, templatesDir, versionTable, lockTimeout, entities,
                compare, scratchUrl, migrationsPackage, null);
    }

    /** Settings whose new migrations go into the default package. */
    public Settings(Path workDir, String url, String user, String password, String schema, Path migrationsDir,
                    Path templatesDir, String versionTable, Duration lockTimeout, Map<String, String> entities,
                    Map<String, String> compare, String scratchUrl) {
        this(workDir, url, user, password, schema, migrationsDir, templatesDir, versionTable, lockTimeout, entities,
                compare, scratchUrl, "");
    }

    public Settings(Path workDir, String url, String user, String password, String schema, Path migrationsDir,
                    Path templatesDir, String versionTable, Duration lockTimeout, Map<String, String> entities) {
        this(workDir, url, user, password, schema, migrationsDir, templatesDir, versionTable, lockTimeout, entities,
                Map.of(), null);
    }

    public Settings(Path workDir, String url, String user, String password, String schema, Path migrationsDir,
                    Path templatesDir, String versionTable, Duration lockTimeout, Map<String, String> entities,
                    Map<String, String> compare) {
        this(workDir, url, user, password, schema, migrationsDir, templatesDir, versionTable, lockTimeout, entities,
                compare, null);
    }

    public Settings(Path workDir, String url, String user, String password, String schema, Path migrationsDir,
                    Path templatesDir, String versionTable, Duration lockTimeout, Map<String, String> entities,
                    String scratchUrl) {
        this(workDir, url, user, password, schema, migrationsDir, templatesDir, versionTable, lockTimeout, entities,
                Map.of(), scratchUrl);
    }

    /** The scratch server's URL parsed, or null when none is configured (then the embedded server is used). */
    public DatabaseUrl scratchDatabaseUrl() {
        return scratchUrl == null ? null : DatabaseUrl.parse(scratchUrl, null, null);
    }

    public Settings withScratchUrl(String newScratchUrl) {
        return new Settings(workDir, url, user, password, schema, migrationsDir, templatesDir, versionTable,
                lockTimeout, entities, compare, newScratchUrl, migrationsPackage, stateDir);
    }

    /** Defaults for a project folder: embedded database, {@code migrations/}, schema {@code public}. */
    public static Settings defaults(Path workDir) {
        return new Settings(workDir, null, null, null, DEFAULT_SCHEMA, workDir.resolve("migrations"), null,
                DEFAULT_VERSION_TABLE, DEFAULT_LOCK_TIMEOUT, Map.of());
    }

    /** The database URL parsed, or null when none is configured (then an embedded server is used). */
    public DatabaseUrl databaseUrl() {
        return url == null ? null : DatabaseUrl.parse(url, user, password);
    }

    /** These settings with the local state (compile cache, embedded database) in {@code dir}. */
    public Settings withStateDir(Path dir) {
        return new Settings(workDir, url, user, password, schema, migrationsDir, templatesDir, versionTable,
                lockTimeout, entities, compare, scratchUrl, migrationsPackage, dir);
    }

    /** These settings with other {@code entities.*} keys (without the prefix). */
    public Settings withEntities(Map<String, String> newEntities) {
        return new Settings(workDir, url, user, password, schema, migrationsDir, templatesDir, versionTable,
                lockTimeout, newEntities, compare, scratchUrl, migrationsPackage, stateDir);
    }

    public Settings withUrl(String newUrl) {
        return new Settings(workDir, newUrl, user, password, schema, migrationsDir, templatesDir, versionTable,
                lockTimeout, entities, compare, scratchUrl, migrationsPackage, stateDir);
    }

    public Settings withMigrationsDir(Path dir) {
        return new Settings(workDir, url, user, password, schema, dir, templatesDir, versionTable, lockTimeout,
                entities, compare, scratchUrl, migrationsPackage, stateDir);
    }

    @Override
    public String toString() {
        return "Settings[workDir=" + workDir + ", url=" + Secrets.redactUrl(url) + ", user=" + user
                + ", password=" + (password == null ? "null" : "***") + ", schema=" + schema
                + ", migrationsDir=" + migrationsDir + ", templatesDir=" + templatesDir
                + ", versionTable=" + versionTable + ", lockTimeout=" + lockTimeout + ", entities=" + entities
                + ", compare=" + compare
                + ", scratchUrl=" + (scratchUrl == null ? "null" : Secrets.redactUrl(scratchUrl))
                + ", migrationsPackage=" + migrationsPackage + ", stateDir=" + stateDir + "]";
    }
}
