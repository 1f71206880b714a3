package dev.retort.acceptance;

import dev.retort.cli.Main;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's main command on the repository's own sample project, as a newcomer runs it: no database
 * configured, so Retort starts its embedded PostgreSQL, brings it to the committed head, and writes the
 * pending "add phone_verified to users" migration.
 */
class SampleProjectTest {

    @Test
    void readmeMainCommandWritesThePendingPhoneVerifiedMigration() throws Exception {
        Path project = Files.createTempDirectory("retort-sample-");
        dev.retort.testing.SampleProject.copyTo(project);
        List<Path> committed = javaFiles(project.resolve("migrations"));

        Run r = run(project, "revision", "--autogenerate", "-m", "Add phone_verified to users");

        assertEquals(0, r.code, r.toString());
        assertTrue(r.out.contains("detected add column users.phone_verified boolean not null default false"), r.toString());
        List<Path> after = javaFiles(project.resolve("migrations"));
        assertEquals(committed.size() + 1, after.size(), r.toString());
        Path created = after.stream().filter(f -> !committed.contains(f)).findFirst().orElseThrow();
        assertTrue(created.getFileName().toString().endsWith("_add_phone_verified_to_users.java"), created.toString());
        String source = Files.readString(created);
        assertTrue(source.contains(
                "op.addColumn(\"users\", column(\"phone_verified\", BOOLEAN).notNull().defaultValue(\"false\"));"), source);
        assertTrue(source.contains("op.dropColumn(\"users\", \"phone_verified\");"), source);

        Run upgrade = run(project, "upgrade");
        assertEquals(0, upgrade.code, upgrade.toString());
        Run check = run(project, "check");
        assertEquals(0, check.code, "check --ci after the new migration: " + check);
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(Path dir, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = new Main(o, e, Map.of(), dir).run(args);
        }
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static List<Path> javaFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }

}
