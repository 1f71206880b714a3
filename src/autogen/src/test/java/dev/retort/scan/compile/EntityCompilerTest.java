package dev.retort.scan.compile;

import dev.retort.scan.ScanException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EntityCompilerTest {
    private static final String THING = """
            package things;

            import jakarta.persistence.Entity;
            import jakarta.persistence.Id;

            @Entity
            public class Thing {
                @Id
                private Long id;
            }
            """;

    @TempDir
    Path temp;

    private Path sources(String body) throws IOException {
        Path folder = temp.resolve("src");
        Files.createDirectories(folder.resolve("things"));
        Files.writeString(folder.resolve("things/Thing.java"), body);
        return folder;
    }

    @Test
    void compilesIntoAFolderNamedByContentHashWithTheResources() throws IOException {
        Path folder = sources(THING);
        Files.createDirectories(folder.resolve("META-INF"));
        Files.writeString(folder.resolve("META-INF/persistence.xml"), "<persistence/>");
        Path out = EntityCompiler.compile(folder, temp.resolve("cache"));
        assertEquals(temp.resolve("cache").toAbsolutePath(), out.getParent());
        assertTrue(out.getFileName().toString().matches("[0-9a-f]{32}"), out.toString());
        assertTrue(Files.isRegularFile(out.resolve("things/Thing.class")));
        assertTrue(Files.isRegularFile(out.resolve("META-INF/persistence.xml")));
        assertTrue(Files.notExists(out.resolve("things/Thing.java")));
    }

    @Test
    void aSecondCompileOfTheSameSourcesReusesTheCache() throws IOException {
        Path folder = sources(THING);
        Path first = EntityCompiler.compile(folder, temp.resolve("cache"));
        Path classFile = first.resolve("things/Thing.class");
        FileTime old = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(classFile, old);
        Path second = EntityCompiler.compile(folder, temp.resolve("cache"));
        assertEquals(first, second);
        assertEquals(old, Files.getLastModifiedTime(classFile), "the class was compiled again");
    }

    @Test
    void changedSourcesCompileAfresh() throws IOException {
        Path first = EntityCompiler.compile(sources(THING), temp.resolve("cache"));
        Path second = EntityCompiler.compile(sources(THING.replace("Long id", "Integer id")), temp.resolve("cache"));
        assertNotEquals(first, second);
    }

    @Test
    void compileErrorsNameFileLineAndMessage() throws IOException {
        Path folder = sources(THING.replace("private Long id;", "private Lnog id;"));
        EntityCompilationException e = assertThrows(EntityCompilationException.class,
                () -> EntityCompiler.compile(folder, temp.resolve("cache")));
        CompileError error = e.errors().get(0);
        assertEquals(folder.resolve("things/Thing.java").toAbsolutePath(), error.file());
        assertEquals(9, error.line());
        assertTrue(error.message().contains("Lnog"), error.message());
        assertTrue(e.getMessage().contains("things/Thing.java:9: "), e.getMessage());
        try (var left = Files.list(temp.resolve("cache"))) {
            assertEquals(0, left.count(), "no half-built cache entry stays behind");
        }
    }

    @Test
    void javaxPersistenceEntitiesAreToldToMoveToJakarta() throws IOException {
        Path folder = sources(THING.replace("jakarta.persistence", "javax.persistence"));
        EntityCompilationException e = assertThrows(EntityCompilationException.class,
                () -> EntityCompiler.compile(folder, temp.resolve("cache")));
        assertTrue(e.getMessage().contains("things/Thing.java:3: package javax.persistence does not exist"), e.getMessage());
        assertTrue(e.getMessage().endsWith("replace the javax.persistence imports with jakarta.persistence "
                + "(and javax.validation with jakarta.validation)"), e.getMessage());
    }

    @Test
    void aMissingLibraryIsToldToGoOnTheEntityClasspath() throws IOException {
        Path folder = sources(THING.replace("import jakarta.persistence.Id;", "import jakarta.persistence.Id;\nimport lombok.Getter;")
                .replace("@Entity", "@Entity @Getter"));
        EntityCompilationException e = assertThrows(EntityCompilationException.class,
                () -> EntityCompiler.compile(folder, temp.resolve("cache")));
        assertTrue(e.getMessage().endsWith("the entities import package lombok, which is not on the class path: "
                + "add the jar that provides it to entities.classpath, or build the project and set entities.classes"),
                e.getMessage());
    }

    @Test
    void anErrorInTheEntitiesThemselvesGetsNoLibraryAdvice() throws IOException {
        Path folder = sources(THING.replace("private Long id;", "private Lnog id;"));
        EntityCompilationException e = assertThrows(EntityCompilationException.class,
                () -> EntityCompiler.compile(folder, temp.resolve("cache")));
        assertTrue(e.getMessage().endsWith("location: class things.Thing"), e.getMessage());
    }

    @Test
    void aMissingFolderIsNamed() {
        ScanException e = assertThrows(ScanException.class,
                () -> EntityCompiler.compile(temp.resolve("nope"), temp.resolve("cache")));
        assertTrue(e.getMessage().contains("nope"), e.getMessage());
    }
}
