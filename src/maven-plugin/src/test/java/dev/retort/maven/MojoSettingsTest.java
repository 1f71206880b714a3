package dev.retort.maven;

import dev.retort.config.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class MojoSettingsTest {
    @TempDir
    Path dir;

    private MojoSettings settings(Map<String, String> pom, Map<String, String> pomEntities, List<Path> classpath) {
        return new MojoSettings(dir, pom, pomEntities, dir.resolve("target/classes"), classpath,
                dir.resolve("target/retort"));
    }

    @Test
    void thePomWinsOverTheEnvironmentWhichWinsOverTheFile() throws IOException {
        Files.writeString(dir.resolve("retort.properties"), "schema=from_file\nversion.table=file_table\n"
                + "lock.timeout=5s\nurl=jdbc:postgresql://file/db\n");
        Map<String, String> env = Map.of("RETORT_SCHEMA", "from_env", "RETORT_VERSION_TABLE", "env_table",
                "RETORT_URL", "jdbc:postgresql://env/db");
        Settings s = settings(Map.of("schema", "from_pom"), Map.of(), List.of()).resolve(env);
        assertEquals("from_pom", s.schema());
        assertEquals("env_table", s.versionTable());
        assertEquals("jdbc:postgresql://env/db", s.url());
        assertEquals(java.time.Duration.ofSeconds(5), s.lockTimeout());
        assertEquals(dir.resolve("migrations"), s.migrationsDir());
    }

    @Test
    void theEntitiesAreTheBuildOutputReadWithTheCompileClasspath() throws IOException {
        Path classes = Files.createDirectories(dir.resolve("target/classes"));
        Path lib = Files.createFile(dir.resolve("lib.jar"));
        Files.writeString(dir.resolve("retort.properties"), "entities.sources=src/entities\n"
                + "entities.exclude-tables=shedlock\n");
        Settings s = settings(Map.of(), Map.of("packages", "it.shop"), List.of(classes, lib,
                dir.resolve("missing.jar"))).resolve(Map.of());
        assertEquals(Map.of("classes", classes.toString(), "classpath", lib.toString(), "packages", "it.shop",
                "exclude-tables", "shedlock"), s.entities());
        assertEquals(dir.resolve("target/retort"), s.stateDir());
    }

    @Test
    void entitiesTheFileOrPomNamesComeFirst() throws IOException {
        Path lib = Files.createFile(dir.resolve("lib.jar"));
        Files.writeString(dir.resolve("retort.properties"), "entities.classpath=extra/*\n");
        Settings s = settings(Map.of(), Map.of("classes", "build/other"), List.of(lib)).resolve(Map.of());
        assertEquals("build/other", s.entities().get("classes"));
        assertEquals("extra/*," + lib, s.entities().get("classpath"));
        assertFalse(s.entities().containsKey("sources"));
    }
}
