package dev.retort.acceptance;

import dev.retort.Retort;
import dev.retort.errors.ErrorKind;
import dev.retort.errors.RetortException;
import dev.retort.testing.InMemoryCompiler;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A database migrated with the command line, then by the application at start-up from the same migrations
 * compiled onto its classpath (default package, as 'retort revision' writes them). The two must agree on
 * checksums: with the sources packaged beside the classes, an edit is still caught.
 */
class CommandLineThenStartupTest {

    @Test
    void startupUpgradeAcceptsWhatTheCommandLineApplied() throws Exception {
        try (CliProject p = new CliProject("cli_then_app")) {
            String source = Migrations.source("M1", "aaa111", Migrations.parents(),
                    "op.createTable(\"t1\", column(\"id\", INTEGER));", "op.dropTable(\"t1\");");
            p.write("M1", source);
            p.ok("upgrade");

            Path classes = Files.createTempDirectory("retort-app-classes-");
            InMemoryCompiler.compile("M1", source, classes);
            Files.writeString(classes.resolve("M1.java"), source); // the build packages the sources too
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setUrl(p.db.jdbcUrl());

            try (URLClassLoader app = new URLClassLoader(new URL[]{classes.toUri().toURL()}, getClass().getClassLoader())) {
                assertEquals(List.of(), Retort.builder(ds).packageName("").classLoader(app).build().upgrade("heads"),
                        "nothing to do: M1 is applied, with the same checksum");
            }

            Files.writeString(classes.resolve("M1.java"), source + "// edited after it was applied\n");
            try (URLClassLoader app = new URLClassLoader(new URL[]{classes.toUri().toURL()}, getClass().getClassLoader())) {
                RetortException e = assertThrows(RetortException.class,
                        () -> Retort.builder(ds).packageName("").classLoader(app).build().upgrade("heads"));
                assertEquals(ErrorKind.VALIDATION, e.kind());
                assertTrue(e.getMessage().contains("aaa111"), e.getMessage());
            }

            Files.delete(classes.resolve("M1.java"));
            try (URLClassLoader app = new URLClassLoader(new URL[]{classes.toUri().toURL()}, getClass().getClassLoader())) {
                assertEquals(List.of(), Retort.builder(ds).packageName("").classLoader(app).build().upgrade("heads"),
                        "without sources only class files are at hand: they are not compared with source checksums");
            }
            assertEquals(List.of("aaa111"), Catalog.applied(p.db));
        }
    }
}
