package dev.retort.config;

import dev.retort.errors.ErrorKind;
import dev.retort.errors.RetortException;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Resolves {@link Settings} from four layers, first one wins: command-line flags, environment variables,
 * the properties file ({@code --config FILE} or {@code retort.properties}), defaults.
 */
public final class SettingsLoader {

    /** Keys of the properties file; flags use the same keys. */
    public static final List<String> KEYS = List.of("url", "user", "password", "schema", "migrations.dir",
            "templates.dir", "version.table", "lock.timeout", "scratch.url", "migrations.package");
    public static final String DEFAULT_FILE = "retort.properties";
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*");

    private SettingsLoader() {
    }

    /**
     * @param workDir    the project folder
     * @param flags      values from the command line by key (see {@link #KEYS}), plus {@code config}
     * @param env        the environment
     */
    public static Settings load(Path workDir, Map<String, String> flags, Map<String, String> env) {
        Map<String, String> file = readFile(workDir, flags.get("config"), env.get("RETORT_CONFIG"));
        Map<String, String> merged = new HashMap<>(file);
        merged.putAll(fromEnv(env));
        flags.forEach((k, v) -> {
            if (v != null && !k.equals("config")) {
                merged.put(k, v);
            }
        });
        Settings d = Settings.defaults(workDir);
        Map<String, String> entities = new TreeMap<>();
        file.forEach((k, v) -> {
            if (k.startsWith("entities.")) {
                entities.put(k.substring("entities.".length()), v);
            }
        });
        Map<String, String> compare = new TreeMap<>();
        file.forEach((k, v) -> {
            if (k.startsWith("compare.")) {
                compare.put(k.substring("compare.".length()), v);
            }
        });
        String schema = merged.getOrDefault("schema", d.schema());
        String table = merged.getOrDefault("version.table", d.versionTable());
        checkIdentifier("schema", schema);
        checkIdentifier("version.table", table);
        return new Settings(workDir,
                blankToNull(merged.get("url")),
                blankToNull(merged.get("user")),
                merged.get("password"),
                schema,
                merged.containsKey("migrations.dir") ? workDir.resolve(merged.get("migrations.dir")) : d.migrationsDir(),
                merged.containsKey("templates.dir") ? workDir.resolve(merged.get("templates.dir")) : null,
                table,
                merged.containsKey("lock.timeout") ? duration(merged.get("lock.timeout")) : d.lockTimeout(),
                entities, compare,
                blankToNull(merged.get("scratch.url")),
                javaPackage(merged.getOrDefault("migrations.package", "")));
    }

    private static Map<String, String> fromEnv(Map<String, String> env) {
        Map<String, String> out = new HashMap<>();
        String url = firstNonBlank(env.get("RETORT_URL"), env.get("DATABASE_URL"));
        if (url != null) {
            out.put("url", url);
        }
        for (String key : KEYS) {
            if (key.equals("url")) {
                continue;
            }
            String value = env.get("RETORT_" + key.toUpperCase(Locale.ROOT).replace('.', '_'));
            if (value != null && !value.isEmpty()) {
                out.put(key, value);
            }
        }
        return out;
    }

    private static Map<String, String> readFile(Path workDir, String flag, String envFile) {
        String explicit = flag != null ? flag : envFile;
        Path path = explicit != null ? workDir.resolve(explicit) : workDir.resolve(DEFAULT_FILE);
        if (!Files.exists(path)) {
            if (explicit != null) {
                throw new RetortException(ErrorKind.CONFIG, "config file " + path + " does not exist; "
                        + "fix the --config path or run 'retort init' to create retort.properties",
                        path, List.of(), null, null);
            }
            return Map.of();
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            throw new RetortException(ErrorKind.CONFIG, "cannot read config file " + path + ": " + e.getMessage(),
                    path, List.of(), null, e);
        }
        java.util.Set<String> unknown = new java.util.TreeSet<>();
        for (String name : p.stringPropertyNames()) {
            if (!KEYS.contains(name) && !name.startsWith("entities.") && !name.startsWith("compare.")) {
                unknown.add(name);
            }
        }
        if (!unknown.isEmpty()) {
            throw new RetortException(ErrorKind.CONFIG, "unknown key(s) " + unknown + " in " + path
                    + "; known keys: " + KEYS + ", entities.* and compare.* (see docs/configuration.md)", path, List.of(), null,
                    null);
        }
        Map<String, String> out = new HashMap<>();
        for (String name : p.stringPropertyNames()) {
            String value = p.getProperty(name).strip();
            if (!value.isEmpty()) {
                out.put(name, value);
            }
        }
        return out;
    }

    /** Parses {@code 60}, {@code 60s}, {@code 500ms}, {@code 2m}; bare numbers are seconds. See {@link Durations}. */
    public static Duration duration(String text) {
        return Durations.parse(text, "lock.timeout");
    }

    private static void checkIdentifier(String key, String value) {
        if (!IDENTIFIER.matcher(value).matches()) {
            throw new RetortException(ErrorKind.CONFIG, key + " '" + value
                    + "' is not a plain SQL identifier (letters, digits, '_'); fix it in retort.properties or the flag");
        }
    }

    /** "" (the default package) or a Java package name such as {@code db.migrations}. */
    private static String javaPackage(String value) {
        String name = value.strip();
        if (!name.isEmpty() && !javax.lang.model.SourceVersion.isName(name)) {
            throw new RetortException(ErrorKind.CONFIG, "migrations.package '" + value + "' is not a Java package "
                    + "name (such as db.migrations; a keyword is not allowed as a part); fix it in retort.properties, "
                    + "or leave it empty for the default package");
        }
        return name;
    }

    private static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a : (b != null && !b.isBlank() ? b : null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
