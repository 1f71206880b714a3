package dev.retort.config;

import dev.retort.errors.ErrorKind;
import dev.retort.errors.RetortException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SettingsLoaderTest {
    @TempDir
    Path dir;

    @Test
    void defaultsWithoutAnything() {
        Settings s = SettingsLoader.load(dir, Map.of(), Map.of());
        assertNull(s.url());
        assertEquals("public", s.schema());
        assertEquals("retort_version", s.versionTable());
        assertEquals(dir.resolve("migrations"), s.migrationsDir());
        assertEquals(Duration.ofSeconds(60), s.lockTimeout());
    }

    @Test
    void flagsBeatEnvironmentBeatsFileBeatsDefaults() throws Exception {
        Files.writeString(dir.resolve("retort.properties"), String.join("\n",
                "url=postgresql://file@h/db", "user=file-user", "schema=file_schema", "version.table=file_versions",
                "lock.timeout=5", "migrations.dir=db/migrations", "entities.packages=com.acme.model"));
        Settings fileOnly = SettingsLoader.load(dir, Map.of(), Map.of());
        assertEquals("postgresql://file@h/db", fileOnly.url());
        assertEquals("file_schema", fileOnly.schema());
        assertEquals("file_versions", fileOnly.versionTable());
        assertEquals(Duration.ofSeconds(5), fileOnly.lockTimeout());
        assertEquals(dir.resolve("db/migrations"), fileOnly.migrationsDir());
        assertEquals(Map.of("packages", "com.acme.model"), fileOnly.entities());

        Map<String, String> env = Map.of("DATABASE_URL", "postgresql://env@h/db", "RETORT_SCHEMA", "env_schema",
                "RETORT_LOCK_TIMEOUT", "500ms");
        Settings withEnv = SettingsLoader.load(dir, Map.of(), env);
        assertEquals("postgresql://env@h/db", withEnv.url());
        assertEquals("env_schema", withEnv.schema());
        assertEquals("file-user", withEnv.user());
        assertEquals(Duration.ofMillis(500), withEnv.lockTimeout());

        Settings retortUrlWins = SettingsLoader.load(dir, Map.of(),
                Map.of("DATABASE_URL", "postgresql://env@h/db", "RETORT_URL", "postgresql://retort@h/db"));
        assertEquals("postgresql://retort@h/db", retortUrlWins.url());

        Settings withFlags = SettingsLoader.load(dir, Map.of("url", "postgresql://flag@h/db", "schema", "flag_schema",
                "lock.timeout", "2m"), env);
        assertEquals("postgresql://flag@h/db", withFlags.url());
        assertEquals("flag_schema", withFlags.schema());
        assertEquals(Duration.ofMinutes(2), withFlags.lockTimeout());
    }

    @Test
    void configFlagPicksAnotherFileAndAMissingOneIsAnError() throws Exception {
        Files.writeString(dir.resolve("staging.properties"), "schema=staging\n");
        assertEquals("staging", SettingsLoader.load(dir, Map.of("config", "staging.properties"), Map.of()).schema());
        RetortException e = assertThrows(RetortException.class,
                () -> SettingsLoader.load(dir, Map.of("config", "nope.properties"), Map.of()));
        assertEquals(ErrorKind.CONFIG, e.kind());
        assertTrue(e.getMessage().contains("nope.properties"));
    }

    @Test
    void badValuesNameTheKey() {
        RetortException t = assertThrows(RetortException.class,
                () -> SettingsLoader.load(dir, Map.of("lock.timeout", "soon"), Map.of()));
        assertTrue(t.getMessage().contains("lock.timeout 'soon'"));
        RetortException s = assertThrows(RetortException.class,
                () -> SettingsLoader.load(dir, Map.of("schema", "x; drop table y"), Map.of()));
        assertTrue(s.getMessage().contains("schema"));
    }

    @Test
    void migrationsPackageIsTheDefaultPackageUnlessSetAndMustBeAJavaPackageName() throws Exception {
        assertEquals("", SettingsLoader.load(dir, Map.of(), Map.of()).migrationsPackage());
        Files.writeString(dir.resolve("retort.properties"), "migrations.package=db.migrations\n");
        assertEquals("db.migrations", SettingsLoader.load(dir, Map.of(), Map.of()).migrationsPackage());
        assertEquals("com.acme.db", SettingsLoader.load(dir, Map.of(),
                Map.of("RETORT_MIGRATIONS_PACKAGE", "com.acme.db")).migrationsPackage());
        assertEquals("db.migrations", SettingsLoader.load(dir, Map.of(), Map.of()).withUrl("postgresql://h/db")
                .migrationsPackage(), "kept by the with... copies");
        Files.writeString(dir.resolve("retort.properties"), "migrations.package=db.class\n");
        RetortException e = assertThrows(RetortException.class, () -> SettingsLoader.load(dir, Map.of(), Map.of()));
        assertEquals(ErrorKind.CONFIG, e.kind());
        assertTrue(e.getMessage().contains("migrations.package 'db.class'"), e.getMessage());
    }

    @Test
    void toStringHidesThePassword() {
        Settings s = SettingsLoader.load(dir, Map.of("url", "postgresql://u:inurl@h/db", "password", "flagpw"), Map.of());
        assertFalse(s.toString().contains("inurl"));
        assertFalse(s.toString().contains("flagpw"));
    }
}
