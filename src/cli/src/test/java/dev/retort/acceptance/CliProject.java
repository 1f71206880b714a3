package dev.retort.acceptance;

import dev.retort.cli.Main;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** A project folder and its own database, with {@code retort} run in-process through {@link Main#run}. */
final class CliProject implements AutoCloseable {
    final Path dir;
    final TestDatabase db;
    final Map<String, String> env = new HashMap<>();

    CliProject(String purpose) {
        try {
            dir = Files.createTempDirectory("retort-" + purpose + "-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        db = TestDatabases.create(purpose);
        env.put("RETORT_URL", db.jdbcUrl());
        // the canonicalization's scratch databases go to the test server, as a CI service container would have them
        env.put("RETORT_SCRATCH_URL", TestDatabases.adminUrl());
    }

    CliResult run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = new Main(o, e, env, dir).run(args);
        }
        return new CliResult(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Runs and fails the test unless the exit code is 0. */
    CliResult ok(String... args) {
        CliResult r = run(args);
        if (r.exitCode() != 0) {
            throw new AssertionError("retort " + String.join(" ", args) + " failed: " + r);
        }
        return r;
    }

    Path migrations() {
        return dir.resolve("migrations");
    }

    Path write(String className, String source) {
        try {
            Files.createDirectories(migrations());
            Path f = migrations().resolve(className + ".java");
            Files.writeString(f, source);
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        db.close();
    }
}
