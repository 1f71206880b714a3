package dev.retort.app;

import dev.retort.testing.RepoRoot;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An application built on the runtime and API artifacts alone, as a user's build makes it: the runtime jar of this
 * module, the jars of its own runtime dependencies (as Maven resolves them for a user) and the PostgreSQL driver.
 * The sample's migrations and a small {@code App} are compiled against exactly that class path, then run in a JVM of
 * their own on real PostgreSQL; the sample's tables and the version table must be there afterwards.
 */
class RuntimeAloneIT {
    /** The promise of docs/applications.md: the runtime and all of its own dependencies stay under 1 MB. */
    private static final long SIZE_LIMIT = 1024 * 1024;

    @Test
    void theSampleMigratesFromAnApplicationClasspathOfRuntimeApiAndDriver(@TempDir Path work) throws Exception {
        List<Path> retort = runtimeClasspath();
        Set<String> artifacts = retort.stream().map(RuntimeAloneIT::artifactName).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of("retort-api", "retort-runtime"), artifacts,
                "the class path an application gets from dev.retort:retort-runtime: " + retort);
        long size = 0;
        for (Path jar : retort) {
            size += Files.size(jar);
        }
        assertTrue(size < SIZE_LIMIT, "the runtime and its dependencies take " + size + " bytes: " + retort);
        System.out.println("retort-runtime and its dependencies: " + size + " bytes in " + retort.size() + " jars");
        List<Path> classpath = new ArrayList<>(retort);
        classpath.addAll(entries(Path.of("target", "driver.classpath")));
        assertEquals(Set.of("postgresql"), classpath.stream().skip(retort.size()).map(RuntimeAloneIT::artifactName)
                .collect(Collectors.toSet()), "the driver's class path");

        Path classes = Files.createDirectories(work.resolve("classes"));
        Path migrations = RepoRoot.resolve("migrations");
        List<String> sources = new ArrayList<>();
        try (Stream<Path> s = Files.list(migrations)) {
            s.filter(p -> p.toString().endsWith(".java")).sorted().forEach(p -> sources.add(p.toString()));
        }
        Path app = work.resolve("App.java");
        try (var in = RuntimeAloneIT.class.getResourceAsStream("/app/App.java")) {
            Files.write(app, in.readAllBytes());
        }
        sources.add(app.toString());
        compile(classes, classpath, sources);
        String pkg = migrationPackage(migrations);
        // the build packages each migration's source beside its class, so the checksum is that of the command line
        Path packageDir = Files.createDirectories(classes.resolve(pkg.replace('.', File.separatorChar)));
        for (String source : sources) {
            if (!source.equals(app.toString())) {
                Files.copy(Path.of(source), packageDir.resolve(Path.of(source).getFileName()));
            }
        }

        try (TestDatabase db = TestDatabases.create("runtime_alone")) {
            String cp = classes + File.pathSeparator
                    + classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", cp, "App", db.jdbcUrl(), pkg).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the application did not finish: " + out);
            assertEquals(0, p.exitValue(), "the application failed:\n" + out);
            long revisions = sources.size() - 1;
            assertEquals(revisions, out.lines().filter(l -> l.startsWith("applied ")).count(), out);
            assertEquals(List.of(String.valueOf(revisions)), db.column("SELECT count(*) FROM retort_version"));
            assertTrue(db.column("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")
                    .containsAll(List.of("orders", "product", "users")), "the sample's tables");
        }
    }

    /** The runtime jar this build packaged, and the runtime class path Maven resolved for it (target/app.classpath). */
    private static List<Path> runtimeClasspath() throws IOException {
        Path target = Path.of("target");
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(target)) {
            s.filter(p -> p.getFileName().toString().matches("retort-runtime-[^/]*\\.jar"))
                    .filter(p -> !p.getFileName().toString().endsWith("-tests.jar")).forEach(out::add);
        }
        assertEquals(1, out.size(), "the packaged runtime jar in target/: " + out);
        out.addAll(entries(target.resolve("app.classpath")));
        return out;
    }

    private static List<Path> entries(Path classpathFile) throws IOException {
        List<Path> out = new ArrayList<>();
        for (String entry : Files.readString(classpathFile).strip().split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                out.add(Path.of(entry));
            }
        }
        return out;
    }

    private static String artifactName(Path jar) {
        return jar.getFileName().toString().replaceFirst("-\\d.*\\.jar$", "");
    }

    private static String migrationPackage(Path migrations) throws IOException {
        try (Stream<Path> s = Files.list(migrations)) {
            Path first = s.filter(p -> p.toString().endsWith(".java")).sorted().findFirst().orElseThrow();
            return Files.readAllLines(first).stream().map(String::strip).filter(l -> l.startsWith("package "))
                    .map(l -> l.substring("package ".length(), l.length() - 1).strip()).findFirst().orElse("");
        }
    }

    private static void compile(Path out, List<Path> classpath, List<String> sources) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> args = new ArrayList<>(Arrays.asList("-d", out.toString(), "-proc:none", "--release", "17",
                "-classpath", classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator))));
        args.addAll(sources);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = javac.run(null, err, err, args.toArray(String[]::new));
        assertEquals(0, rc, "compiling the application against the runtime class path failed:\n" + err);
    }
}
