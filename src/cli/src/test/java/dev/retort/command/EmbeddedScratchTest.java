package dev.retort.command;

import dev.retort.embedded.EmbeddedBinaries;
import dev.retort.scratch.ScratchServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The embedded scratch server runs the target's major version when its binaries are in the local Maven repository
 * (here, PostgreSQL 15 binaries that the build copies to target/other-postgres-binaries), and the bundled version
 * with a note otherwise.
 */
class EmbeddedScratchTest {

    @TempDir
    Path state;

    @TempDir
    Path repo;

    @Test
    void aTargetOfAnotherMajorVersionGetsAScratchServerOfItsOwnVersion() throws Exception {
        Path jar = otherBinaries();
        String version = jar.getFileName().toString().replaceAll(".*-(\\d+\\.\\d+\\.\\d+)\\.jar", "$1");
        int major = Integer.parseInt(version.substring(0, version.indexOf('.')));
        String coordinates = EmbeddedBinaries.coordinates(version); // group:artifact:version for this machine
        String artifact = coordinates.split(":")[1];
        Path dir = Files.createDirectories(repo.resolve("io/zonky/test/postgres").resolve(artifact).resolve(version));
        Files.copy(jar, dir.resolve(artifact + "-" + version + ".jar"));

        ByteArrayOutputStream notes = new ByteArrayOutputStream();
        EmbeddedScratch scratch = new EmbeddedScratch(state, Duration.ofSeconds(60), repo,
                new PrintStream(notes, true, StandardCharsets.UTF_8));
        assertEquals("embedded " + version, scratch.identity(major));
        assertEquals("embedded " + EmbeddedBinaries.bundled().version(), scratch.identity(major - 1),
                "no binaries of that version: the bundled ones");

        try (ScratchServer server = scratch.start(major)) {
            assertEquals(major, serverMajor(server));
        }
        assertTrue(Files.isRegularFile(state.resolve("pg" + major).resolve("PG_VERSION")), "kept in .retort/pg" + major);
        assertEquals("", notes.toString(StandardCharsets.UTF_8));

        try (ScratchServer server = scratch.start(major - 1)) {
            assertEquals(EmbeddedBinaries.bundled().major(), serverMajor(server));
        }
        String note = notes.toString(StandardCharsets.UTF_8);
        assertTrue(note.contains("the target runs PostgreSQL " + (major - 1)) && note.contains("mvn dependency:get")
                && note.contains(repo.toString()), note);
    }

    private static int serverMajor(ScratchServer server) throws SQLException {
        try (Connection c = server.connect(null); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SHOW server_version_num")) {
            rs.next();
            return Integer.parseInt(rs.getString(1)) / 10000;
        }
    }

    private static Path otherBinaries() throws IOException {
        Path dir = Path.of("target/other-postgres-binaries");
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> jars = files.filter(f -> f.toString().endsWith(".jar")).toList();
            assertEquals(1, jars.size(), "the build copies one binaries jar to " + dir + ": " + jars);
            return jars.get(0);
        }
    }
}
