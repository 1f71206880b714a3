package dev.retort.command;

import dev.retort.config.Settings;
import dev.retort.errors.ErrorKind;
import dev.retort.errors.RetortException;
import dev.retort.io.ContentCache;
import dev.retort.reflect.ReflectOptions;
import dev.retort.scan.ScanRequest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code entities.*} keys of {@code retort.properties}: where the entities are and which tables
 * autogenerate may touch.
 *
 * <pre>
 * entities.sources=sample-entities           # a folder of entity sources, compiled in-process, or
 * entities.classes=target/classes,lib/x.jar   # compiled classes (folders or jars) ...
 * entities.packages=com.example.shop          # ... in these packages
 * entities.physical-naming=spring             # a PhysicalNamingStrategy class, or spring / snake-case / standard
 * entities.implicit-naming=spring             # an ImplicitNamingStrategy class, or spring
 * entities.persistence-unit=shop              # which unit of META-INF/persistence.xml
 * entities.include-tables=app_*               # glob patterns of tables to compare (default: all)
 * entities.exclude-tables=spring_session*,shedlock   # tables no entity maps that must never be dropped
 * entities.classpath=@target/classpath.txt,lib/*     # the entities' libraries (hibernate-validator, ...)
 * entities.database-version=16                # the PostgreSQL version Hibernate writes DDL for (default: the server's)
 * entities.hibernate.column_ordering_strategy=legacy # any Hibernate setting, passed on without "entities."
 * </pre>
 *
 * @param databaseVersionFixed whether {@code entities.database-version} fixes the version in {@code request};
 *                             otherwise the commands take it from the database they compare with
 */
public record EntitySettings(ScanRequest request, List<String> includeTables, List<String> excludeTables,
                             boolean databaseVersionFixed) {

    static final Set<String> KEYS = Set.of("sources", "classes", "packages", "physical-naming", "implicit-naming",
            "persistence-unit", "include-tables", "exclude-tables", "classpath", "database-version");

    /** {@code entities.}-prefixed keys passed to Hibernate as they are, without the prefix. */
    static final List<String> HIBERNATE_PREFIXES = List.of("hibernate.", "jakarta.persistence.");

    public EntitySettings(ScanRequest request, List<String> includeTables, List<String> excludeTables) {
        this(request, includeTables, excludeTables, false);
    }

    public static EntitySettings from(Settings settings) {
        Map<String, String> e = settings.entities();
        Set<String> unknown = new TreeSet<>(e.keySet());
        unknown.removeAll(KEYS);
        unknown.removeIf(k -> HIBERNATE_PREFIXES.stream().anyMatch(k::startsWith));
        if (!unknown.isEmpty()) {
            throw new RetortException(ErrorKind.CONFIG, "unknown key(s) in retort.properties: "
                    + unknown.stream().map(k -> "entities." + k).toList() + "; known: "
                    + new TreeSet<>(KEYS).stream().map(k -> "entities." + k).toList()
                    + " and entities.hibernate.* / entities.jakarta.persistence.* for Hibernate settings");
        }
        Path workDir = settings.workDir();
        Path cache = ContentCache.Kind.ENTITIES.under(settings.stateDir().resolve("cache"));
        ScanRequest request;
        if (e.containsKey("sources") && e.containsKey("classes")) {
            throw new RetortException(ErrorKind.CONFIG,
                    "set either entities.sources or entities.classes in retort.properties, not both");
        } else if (e.containsKey("sources")) {
            Path folder = workDir.resolve(e.get("sources").trim());
            if (!Files.isDirectory(folder)) {
                throw new RetortException(ErrorKind.CONFIG, "entities.sources names " + folder
                        + ", which is not a folder; point it at the folder of your entity sources", folder,
                        List.of(), null, null);
            }
            request = ScanRequest.ofSources(folder);
        } else if (e.containsKey("classes")) {
            List<Path> locations = list(e.get("classes")).stream().map(workDir::resolve).toList();
            for (Path p : locations) {
                if (!Files.exists(p)) {
                    throw new RetortException(ErrorKind.CONFIG, "entities.classes names " + p
                            + ", which does not exist; build the project first or fix the path", p, List.of(), null,
                            null);
                }
            }
            request = ScanRequest.ofClasses(locations, list(e.getOrDefault("packages", "")));
        } else {
            throw new RetortException(ErrorKind.CONFIG, "no entities configured: set entities.sources=<folder of "
                    + "entity sources> or entities.classes=<classes folder or jar> (with entities.packages) in "
                    + "retort.properties");
        }
        request = request.withCacheDirectory(cache);
        if (e.containsKey("physical-naming")) {
            request = request.withPhysicalNamingStrategy(e.get("physical-naming").trim());
        }
        if (e.containsKey("implicit-naming")) {
            request = request.withImplicitNamingStrategy(e.get("implicit-naming").trim());
        }
        if (e.containsKey("persistence-unit")) {
            request = request.withPersistenceUnit(e.get("persistence-unit").trim());
        }
        if (e.containsKey("classpath")) {
            request = request.withClasspath(EntityClasspath.parse(e.get("classpath"), workDir));
        }
        Map<String, String> hibernate = new java.util.TreeMap<>();
        e.forEach((k, v) -> {
            if (HIBERNATE_PREFIXES.stream().anyMatch(k::startsWith)) {
                hibernate.put(k, v.trim());
            }
        });
        request = request.withProperties(hibernate);
        boolean fixed = e.containsKey("database-version");
        if (fixed) {
            int[] version = DatabaseVersionSetting.parse(e.get("database-version"));
            request = request.withDatabaseVersion(version[0], version[1]);
        }
        return new EntitySettings(request, list(e.getOrDefault("include-tables", "")),
                list(e.getOrDefault("exclude-tables", "")), fixed);
    }

    /**
     * The scan request for a database server of version {@code major.minor}: Hibernate writes its DDL for that
     * version, unless {@code entities.database-version} fixes another.
     */
    public ScanRequest requestFor(int major, int minor) {
        return databaseVersionFixed ? request : request.withDatabaseVersion(major, minor);
    }

    /** What to reflect: the settings' schema and version table, and the table patterns. */
    public ReflectOptions reflectOptions(Settings settings) {
        try {
            return new ReflectOptions(settings.schema(), settings.versionTable(), includeTables, excludeTables);
        } catch (IllegalArgumentException ex) {
            throw new RetortException(ErrorKind.CONFIG, "bad table pattern in entities.include-tables or "
                    + "entities.exclude-tables: " + ex.getMessage());
        }
    }

    private static List<String> list(String value) {
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
