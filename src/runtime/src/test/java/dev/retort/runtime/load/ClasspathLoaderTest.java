package dev.retort.runtime.load;

import dev.retort.errors.ErrorKind;
import dev.retort.errors.RetortException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Compiled migrations found on a real classpath: a jar and a directory, through a URLClassLoader. */
class ClasspathLoaderTest {
    private static final String BODY = " implements Migration {\n"
            + "  public void upgrade(Operations op) { }\n  public void downgrade(Operations op) { }\n";

    @TempDir
    Path tmp;

    private static String migration(String className, String header, String extra) {
        int dot = className.lastIndexOf('.');
        return (dot < 0 ? "" : "package " + className.substring(0, dot) + ";\n") + "import dev.retort.api.*;\n"
                + header + "\npublic class " + className.substring(dot + 1) + BODY + extra + "}\n";
    }

    private static String revision(String id, String message) {
        return "@Revision(id = \"" + id + "\", message = \"" + message + "\")";
    }

    private static final String A1 = migration("com.acme.mig.A1", revision("a1", "in the jar"), "");

    /** The jar's classes: migrations and what must not be taken for one. */
    private Path jarClasses() throws IOException {
        Map<String, String> src = new LinkedHashMap<>();
        src.put("com.acme.mig.A1", A1);
        src.put("com.acme.mig.Base", "package com.acme.mig;\nimport dev.retort.api.*;\n" + revision("base", "")
                + "\npublic abstract class Base implements Migration { }\n");
        src.put("com.acme.mig.Plain", migration("com.acme.mig.Plain", "", ""));
        src.put("com.acme.mig.Helper", "package com.acme.mig;\nimport dev.retort.api.*;\npublic class Helper {\n"
                + "  Migration anonymous = new Migration() {\n    public void upgrade(Operations op) { }\n"
                + "    public void downgrade(Operations op) { }\n  };\n"
                + "  " + revision("nested", "") + "\n  public static class Nested" + BODY + "  }\n}\n");
        src.put("com.acme.mig.Outer", migration("com.acme.mig.Outer", revision("outer", ""),
                "  " + revision("inner", "") + "\n  public static class Inner" + BODY + "  }\n"));
        src.put("com.acme.mig.Dup", migration("com.acme.mig.Dup", revision("dup", "from the jar"), ""));
        src.put("com.acme.migx.Z1", migration("com.acme.migx.Z1", revision("z1", ""), ""));
        src.put("com.acme.other.X1", migration("com.acme.other.X1", revision("x1", ""), ""));
        return ClassRoots.compile(src, Files.createDirectories(tmp.resolve("jar-classes")));
    }

    /** The directory root: a sub-package, a subclass of the jar's abstract base, a second Dup. */
    private Path directory(Path jarClasses) throws IOException {
        Map<String, String> src = new LinkedHashMap<>();
        src.put("com.acme.mig.sub.B1", migration("com.acme.mig.sub.B1",
                "@Revision(id = \"b1\", parents = \"a1\")", ""));
        src.put("com.acme.mig.C0", "package com.acme.mig;\nimport dev.retort.api.*;\n" + revision("c0", "")
                + "\npublic class C0 extends Base {\n  public void upgrade(Operations op) { }\n"
                + "  public void downgrade(Operations op) { }\n}\n");
        src.put("com.acme.mig.Dup", migration("com.acme.mig.Dup", revision("dup", "from the directory"), ""));
        return ClassRoots.compile(src, Files.createDirectories(tmp.resolve("dir")), jarClasses);
    }

    private static byte[] entry(Path jar, String name) throws IOException {
        try (JarFile f = new JarFile(jar.toFile())) {
            return f.getInputStream(f.getJarEntry(name)).readAllBytes();
        }
    }

    @Test
    void findsTheMigrationsOfAPackageInAJarAndADirectory() throws Exception {
        Path jarClasses = jarClasses();
        Path dir = directory(jarClasses);
        Path jar = ClassRoots.jar(jarClasses, tmp.resolve("app.jar"), true, Map.of("com/acme/mig/A1.java", A1));
        try (URLClassLoader app = new URLClassLoader(new URL[]{jar.toUri().toURL(), dir.toUri().toURL()},
                getClass().getClassLoader())) {
            assertEquals(List.of("com.acme.mig.A1", "com.acme.mig.Base", "com.acme.mig.C0", "com.acme.mig.Dup",
                            "com.acme.mig.Helper", "com.acme.mig.Outer", "com.acme.mig.Plain", "com.acme.mig.sub.B1"),
                    List.copyOf(ClasspathScanner.classNames(app, "com.acme.mig", b -> true)),
                    "sorted, Dup once, not com.acme.migx; Helper$1, Helper$Nested, Outer$Inner left out by name");
            assertEquals(List.of("com.acme.mig.A1", "com.acme.mig.Base", "com.acme.mig.C0", "com.acme.mig.Dup",
                            "com.acme.mig.Helper$Nested", "com.acme.mig.Outer", "com.acme.mig.sub.B1"),
                    List.copyOf(ClasspathScanner.classNames(app, "com.acme.mig", ClasspathLoader::namesRevision)),
                    "those naming @Revision: Helper is not, so its nested class is not left out by name");
            List<LoadedMigration> loaded = new ClasspathLoader("com.acme.mig", app).load(); // Helper$Nested: member class
            assertEquals(List.of("com.acme.mig.A1", "com.acme.mig.C0", "com.acme.mig.Dup", "com.acme.mig.Outer",
                    "com.acme.mig.sub.B1"), loaded.stream().map(LoadedMigration::source).toList());
            LoadedMigration a1 = loaded.get(0);
            assertEquals(Checksums.ofSource(A1.getBytes(StandardCharsets.UTF_8)), a1.checksum(), "the source in the jar");
            assertEquals(Checksums.sha256(A1.getBytes(StandardCharsets.UTF_8)), a1.legacyChecksum());
            LoadedMigration dup = loaded.get(2);
            assertEquals("from the jar", dup.message(), "the first root wins, as the class loader has it");
            assertEquals(Checksums.CLASS_PREFIX + Checksums.sha256(entry(jar, "com/acme/mig/Dup.class")), dup.checksum());
            assertEquals(Checksums.CLASS_PREFIX + Checksums.sha256(Files.readAllBytes(dir.resolve("com/acme/mig/C0.class"))),
                    loaded.get(1).checksum());
        }
        try (URLClassLoader app = new URLClassLoader(new URL[]{dir.toUri().toURL(), jar.toUri().toURL()},
                getClass().getClassLoader())) {
            LoadedMigration dup = new ClasspathLoader("com.acme.mig", app).load().get(2);
            assertEquals("from the directory", dup.message());
            assertEquals(Checksums.CLASS_PREFIX + Checksums.sha256(Files.readAllBytes(dir.resolve("com/acme/mig/Dup.class"))),
                    dup.checksum(), "the checksum is of the copy that is loaded");
        }
    }

    @Test
    void defaultPackageIsTheTopLevelOfDirectoriesAndOfJarsWithAManifest() throws Exception {
        Path dir = ClassRoots.compile(Map.of("D1", migration("D1", revision("d1", ""), ""),
                "sub.Q1", migration("sub.Q1", revision("q1", ""), "")), Files.createDirectories(tmp.resolve("d")));
        Path withManifest = ClassRoots.compile(Map.of("J1", migration("J1", revision("j1", ""), ""),
                "lib.L1", migration("lib.L1", revision("l1", ""), "")), Files.createDirectories(tmp.resolve("j")));
        Path bare = ClassRoots.compile(Map.of("K1", migration("K1", revision("k1", ""), "")),
                Files.createDirectories(tmp.resolve("k")));
        Path jar = ClassRoots.jar(withManifest, tmp.resolve("with-manifest.jar"), true, Map.of());
        Path bareJar = ClassRoots.jar(bare, tmp.resolve("bare.jar"), false, Map.of());
        try (URLClassLoader app = new URLClassLoader(new URL[]{dir.toUri().toURL(), jar.toUri().toURL(),
                bareJar.toUri().toURL()}, getClass().getClassLoader())) {
            assertEquals(List.of("D1", "J1"), new ClasspathLoader("", app).load().stream().map(LoadedMigration::id)
                    .map(String::toUpperCase).toList(), "not sub-packages, not a jar without a manifest");
        }
        try (URLClassLoader app = new URLClassLoader(new URL[]{bareJar.toUri().toURL()}, getClass().getClassLoader())) {
            RetortException e = assertThrows(RetortException.class, () -> new ClasspathLoader("", app).load());
            assertEquals(ErrorKind.MIGRATION_SOURCE, e.kind());
            assertTrue(e.getMessage().contains("no migration classes in the default package")
                    && e.getMessage().contains("Retort.builder(dataSource).migrations(M1.class"), e.getMessage());
        }
    }

    @Test
    void aClassLoaderServingAnotherProtocolIsRefusedNamingTheUrlAndTheFix() {
        URLStreamHandler vfs = new URLStreamHandler() {
            @Override
            protected URLConnection openConnection(URL u) throws IOException {
                throw new IOException("not opened by the scanner");
            }
        };
        ClassLoader server = new ClassLoader(getClass().getClassLoader()) {
            @Override
            public Enumeration<URL> getResources(String name) throws IOException {
                return Collections.enumeration(List.of(new URL("vfs", null, -1, "/content/app.war/WEB-INF/classes/" + name, vfs)));
            }
        };
        RetortException e = assertThrows(RetortException.class, () -> new ClasspathLoader("com.acme.mig", server).load());
        assertEquals(ErrorKind.MIGRATION_SOURCE, e.kind());
        assertTrue(e.getMessage().contains("package com.acme.mig")
                && e.getMessage().contains("vfs:/content/app.war/WEB-INF/classes/com/acme/mig")
                && e.getMessage().contains("'vfs' protocol")
                && e.getMessage().contains("Retort.builder(dataSource).migrations(M1.class"), e.getMessage());
    }

    @Test
    void aRevisionClassThatCannotBeLoadedIsNamed() throws Exception {
        Path jarClasses = jarClasses();
        Path dir = directory(jarClasses); // C0 extends Base, which is in the jar: without it C0 cannot load
        try (URLClassLoader app = new URLClassLoader(new URL[]{dir.toUri().toURL()}, getClass().getClassLoader())) {
            RetortException e = assertThrows(RetortException.class, () -> new ClasspathLoader("com.acme.mig", app).load());
            assertEquals(ErrorKind.MIGRATION_SOURCE, e.kind());
            assertTrue(e.getMessage().contains("cannot load class com.acme.mig.C0 of package com.acme.mig")
                    && e.getMessage().contains("com/acme/mig/Base"), e.getMessage());
        }
    }
}
