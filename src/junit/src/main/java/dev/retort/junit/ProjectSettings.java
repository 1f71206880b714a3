package dev.retort.junit;

import dev.retort.config.Settings;
import dev.retort.config.SettingsLoader;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The settings of the project under test: its {@code retort.properties} (or the annotation's file), with the
 * annotation's folders on top, and never the database it configures: the tests run on their own. The environment
 * ({@code RETORT_URL}, ...) is not read, for the same reason.
 */
final class ProjectSettings {
    private ProjectSettings() {
    }

    static Path projectDir(RetortMigrationTest a) {
        String project = a == null ? "" : a.project();
        return (project.isEmpty() ? Path.of("") : Path.of(project)).toAbsolutePath().normalize();
    }

    static Settings load(RetortMigrationTest a, TestTarget target) {
        Path workDir = projectDir(a);
        Map<String, String> flags = new HashMap<>();
        if (a != null && !a.config().isEmpty()) {
            flags.put("config", a.config());
        }
        if (a != null && !a.migrations().isEmpty()) {
            flags.put("migrations.dir", a.migrations());
        }
        Settings s = SettingsLoader.load(workDir, flags, Map.of());
        if (a != null && !a.entities().isEmpty()) {
            Map<String, String> entities = new TreeMap<>(s.entities());
            entities.remove("classes");
            entities.remove("packages");
            entities.put("sources", a.entities());
            s = new Settings(s.workDir(), s.url(), s.user(), s.password(), s.schema(), s.migrationsDir(),
                    s.templatesDir(), s.versionTable(), s.lockTimeout(), entities, s.compare(), s.scratchUrl(),
                    s.migrationsPackage());
        }
        // the URL only names the dialect: the extension connects to the target itself
        s = new Settings(s.workDir(), target.jdbcUrl(), null, null, s.schema(), s.migrationsDir(), s.templatesDir(),
                s.versionTable(), s.lockTimeout(), s.entities(), s.compare(), s.scratchUrl(), s.migrationsPackage());
        if (s.scratchUrl() == null && target.scratchUrl() != null) {
            s = s.withScratchUrl(target.scratchUrl());
        }
        return s;
    }
}
