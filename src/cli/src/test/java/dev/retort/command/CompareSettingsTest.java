package dev.retort.command;

import dev.retort.config.Settings;
import dev.retort.config.SettingsLoader;
import dev.retort.diff.DiffOptions;
import dev.retort.errors.ErrorKind;
import dev.retort.errors.RetortException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CompareSettingsTest {
    @TempDir
    Path dir;

    private Settings load(String file) throws Exception {
        Files.writeString(dir.resolve("retort.properties"), file);
        return SettingsLoader.load(dir, Map.of(), Map.of());
    }

    @Test
    void namesAreComparedUnlessTheSettingSaysNot() throws Exception {
        assertTrue(CompareSettings.from(load("schema=public\n")).apply(DiffOptions.defaults()).compareNames());
        Settings off = load("compare.constraint-names = false\n");
        assertEquals(Map.of("constraint-names", "false"), off.compare());
        assertFalse(CompareSettings.from(off).apply(DiffOptions.defaults()).compareNames());
        assertTrue(CompareSettings.from(load("compare.constraint-names=TRUE\n")).constraintNames());
    }

    @Test
    void aBadValueOrAnUnknownKeyIsAConfigError() throws Exception {
        RetortException bad = assertThrows(RetortException.class,
                () -> CompareSettings.from(load("compare.constraint-names=no\n")));
        assertEquals(ErrorKind.CONFIG, bad.kind());
        assertTrue(bad.getMessage().contains("compare.constraint-names=no"), bad.getMessage());
        RetortException unknown = assertThrows(RetortException.class,
                () -> CompareSettings.from(load("compare.index-names=false\n")));
        assertEquals(ErrorKind.CONFIG, unknown.kind());
        assertTrue(unknown.getMessage().contains("compare.index-names"), unknown.getMessage());
    }
}
