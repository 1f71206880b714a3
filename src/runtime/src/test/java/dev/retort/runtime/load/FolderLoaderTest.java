package dev.retort.runtime.load;

import dev.retort.errors.ErrorKind;
import dev.retort.errors.RetortException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FolderLoaderTest {
    @TempDir
    Path dir;

    private Path write(String name, String id, String parent) throws Exception {
        Path f = dir.resolve("migrations").resolve(name + ".java");
        Files.createDirectories(f.getParent());
        Files.writeString(f, "import dev.retort.api.*;\n@Revision(id = \"" + id + "\", parents = {" + (parent == null ? "" : "\"" + parent + "\"")
                + "}, message = \"m " + id + "\", transactional = " + !id.equals("b2") + ")\n"
                + "public class " + name + " implements Migration {\n"
                + "  public void upgrade(Operations op) { }\n  public void downgrade(Operations op) { }\n}\n");
        return f;
    }

    private List<Path> cacheEntries() throws Exception {
        try (Stream<Path> s = Files.list(dir.resolve("cache"))) {
            return s.filter(Files::isDirectory).sorted().toList();
        }
    }

    @Test
    void compilesOnceThenLoadsFromTheCache() throws Exception {
        Path a = write("A1", "a1", null);
        write("B2", "b2", "a1");
        FolderLoader loader = new FolderLoader(dir.resolve("migrations"), dir.resolve("cache"), dir);
        List<LoadedMigration> first = loader.load();
        assertEquals(List.of("a1", "b2"), first.stream().map(LoadedMigration::id).toList());
        assertEquals(List.of("a1"), first.get(1).parents());
        assertEquals("migrations/A1.java".replace('/', java.io.File.separatorChar), first.get(0).source());
        assertEquals(Checksums.sha256(Files.readAllBytes(a)), first.get(0).checksum());
        assertTrue(first.get(0).transactional());
        assertTrue(!first.get(1).transactional());

        List<Path> entries = cacheEntries();
        assertEquals(1, entries.size());
        Path classFile = entries.get(0).resolve("A1.class");
        FileTime compiled = Files.getLastModifiedTime(classFile);
        Files.setLastModifiedTime(classFile, FileTime.fromMillis(compiled.toMillis() - 60_000));
        FileTime marked = Files.getLastModifiedTime(classFile);

        List<LoadedMigration> second = new FolderLoader(dir.resolve("migrations"), dir.resolve("cache"), dir).load();
        assertEquals(List.of("a1", "b2"), second.stream().map(LoadedMigration::id).toList());
        assertEquals(entries, cacheEntries(), "no new compilation");
        assertEquals(marked, Files.getLastModifiedTime(classFile), "class file not rewritten");

        Files.writeString(a, Files.readString(a).replace("m a1", "changed"));
        List<LoadedMigration> third = new FolderLoader(dir.resolve("migrations"), dir.resolve("cache"), dir).load();
        assertEquals("changed", third.get(0).message());
        assertEquals(2, cacheEntries().size());
        assertNotEquals(first.get(0).checksum(), third.get(0).checksum());
    }

    /**
     * A migration added to a compiled history compiles alone: the classes of the others are those of the latest
     * compile (their files keep its time), and every class is byte for byte what a full compile makes.
     */
    @Test
    void anAddedMigrationCompilesAlone() throws Exception {
        write("A1", "a1", null);
        write("B2", "b2", "a1");
        Path cache = dir.resolve("cache");
        new FolderLoader(dir.resolve("migrations"), cache, dir).load();
        Path firstEntry = cacheEntries().get(0);
        FileTime marked = FileTime.fromMillis(Files.getLastModifiedTime(firstEntry.resolve("A1.class")).toMillis() - 60_000);
        Files.setLastModifiedTime(firstEntry.resolve("A1.class"), marked);

        write("C3", "c3", "b2");
        List<LoadedMigration> loaded = new FolderLoader(dir.resolve("migrations"), cache, dir).load();
        assertEquals(List.of("a1", "b2", "c3"), loaded.stream().map(LoadedMigration::id).toList());
        Path second = cacheEntries().stream().filter(e -> !e.equals(firstEntry)).findFirst().orElseThrow();
        assertEquals(marked, Files.getLastModifiedTime(second.resolve("A1.class")), "A1 was not compiled again");

        Path fullCache = dir.resolve("full-cache");
        new FolderLoader(dir.resolve("migrations"), fullCache, dir).load();
        Path full;
        try (Stream<Path> s = Files.list(fullCache)) {
            full = s.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        for (String c : List.of("A1.class", "B2.class", "C3.class")) {
            assertTrue(java.util.Arrays.equals(Files.readAllBytes(full.resolve(c)), Files.readAllBytes(second.resolve(c))), c);
        }
    }

    @Test
    void classWithoutRevisionOrWrongNameIsASourceError() throws Exception {
        Path f = dir.resolve("migrations/Plain.java");
        Files.createDirectories(f.getParent());
        Files.writeString(f, "public class Plain implements dev.retort.api.Migration {\n"
                + "  public void upgrade(dev.retort.api.Operations op) { }\n  public void downgrade(dev.retort.api.Operations op) { }\n}\n");
        RetortException e = assertThrows(RetortException.class,
                () -> new FolderLoader(dir.resolve("migrations"), dir.resolve("cache"), dir).load());
        assertEquals(ErrorKind.MIGRATION_SOURCE, e.kind());
        assertTrue(e.getMessage().contains("Plain") && e.getMessage().contains("@Revision"), e.getMessage());
        assertEquals(f, e.file());
    }

    @Test
    void aMigrationMayDeclareAPackageBesideOnesInTheDefaultPackage() throws Exception {
        write("A1", "a1", null);
        Path f = dir.resolve("migrations/M2_in_a_package.java");
        Files.writeString(f, "/* header */\npackage db.migrations;\n\nimport dev.retort.api.*;\n"
                + "@Revision(id = \"b2\", parents = {\"a1\"})\n"
                + "public final class M2_in_a_package implements Migration {\n"
                + "  public void upgrade(Operations op) { }\n  public void downgrade(Operations op) { }\n}\n");
        List<LoadedMigration> loaded = new FolderLoader(dir.resolve("migrations"), dir.resolve("cache"), dir).load();
        assertEquals(List.of("a1", "b2"), loaded.stream().map(LoadedMigration::id).toList());

        Files.writeString(f, Files.readString(f).replace("public final class M2_in_a_package", "final class Other"));
        RetortException e = assertThrows(RetortException.class,
                () -> new FolderLoader(dir.resolve("migrations"), dir.resolve("cache"), dir).load());
        assertEquals(ErrorKind.MIGRATION_SOURCE, e.kind());
        assertTrue(e.getMessage().contains("db.migrations.M2_in_a_package"), e.getMessage());
    }

    @Test
    void theDeclaredPackageIsReadPastCommentsAndAnnotations() {
        assertEquals("", PackageDeclaration.of("import dev.retort.api.*;\nclass A {}"));
        assertEquals("", PackageDeclaration.of("// package not.this;\n/* package nor.this; */\nclass A {}"));
        assertEquals("", PackageDeclaration.of("class A { String s = \"package x;\"; }"));
        assertEquals("db.migrations", PackageDeclaration.of("/** doc\n * package no; */\npackage db . migrations ;"));
        assertEquals("a.b", PackageDeclaration.of("@Deprecated\npackage a.b;"));
        assertEquals("db.migrations.M1", PackageDeclaration.qualify("package db.migrations;", "M1"));
        assertEquals("M1", PackageDeclaration.qualify("class M1 {}", "M1"));
    }

    @Test
    void missingFolderSaysRunInit() {
        RetortException e = assertThrows(RetortException.class,
                () -> new FolderLoader(dir.resolve("nope"), dir.resolve("cache"), dir).load());
        assertEquals(ErrorKind.CONFIG, e.kind());
        assertTrue(e.getMessage().contains("retort init"));
    }
}
