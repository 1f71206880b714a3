package dev.retort.scan.compile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An incremental compile of entity sources compiles the changed sources and those that name their classes, and
 * its classes are byte for byte those of a full compile of the same sources, whatever the edit: a field added, a
 * constant another class's annotation copies, a source removed or added, an edit that breaks a dependent.
 */
class IncrementalCompileTest {
    private static final String PARENT = """
            package shop;
            import jakarta.persistence.*;
            @Entity public class Parent {
                @Id Long id;
                @Column(length = Lengths.NAME) String name;
            }
            """;
    private static final String CHILD = """
            package shop;
            import jakarta.persistence.*;
            @Entity public class Child {
                @Id Long id;
                @ManyToOne Parent parent;
            }
            """;
    private static final String LONER = """
            package shop;
            import jakarta.persistence.*;
            @Entity public class Loner {
                @Id Long id;
                class Inner { }
            }
            """;
    private static final String LENGTHS = """
            package shop;
            public final class Lengths {
                public static final int NAME = 40;
                private Lengths() { }
            }
            """;

    private static Path project(Path dir) throws IOException {
        Path src = dir.resolve("src");
        write(src, "Parent", PARENT);
        write(src, "Child", CHILD);
        write(src, "Loner", LONER);
        write(src, "Lengths", LENGTHS);
        return src;
    }

    private static void write(Path src, String name, String text) throws IOException {
        Files.createDirectories(src.resolve("shop"));
        Files.writeString(src.resolve("shop/" + name + ".java"), text);
    }

    /** The class files under {@code dir}, by relative path, with their bytes as text (for readable diffs). */
    private static Map<String, String> classes(Path dir) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".class")).toList()) {
                out.put(dir.relativize(p).toString(), java.util.HexFormat.of().formatHex(Files.readAllBytes(p)));
            }
        }
        return out;
    }

    /** The classes a full compile makes of {@code src} now, in a cache of its own. */
    private static Map<String, String> fullCompile(Path src, Path dir) throws IOException {
        Path cache = Files.createTempDirectory(dir, "full-");
        EntityCompiler.Compiled full = EntityCompiler.compiled(src, cache, java.util.List.of());
        return classes(full.classes());
    }

    private static Set<String> compileAndCompare(Path src, Path cache, Path dir) throws IOException {
        EntityCompiler.Compiled c = EntityCompiler.compiled(src, cache, java.util.List.of());
        assertEquals(fullCompile(src, dir), classes(c.classes()), "the incremental compile's classes");
        return c.compiled();
    }

    @Test
    void anEditedEntityIsCompiledWithThoseThatNameIt(@TempDir Path dir) throws IOException {
        Path src = project(dir);
        Path cache = dir.resolve("cache");
        assertEquals(Set.of("shop/Child.java", "shop/Lengths.java", "shop/Loner.java", "shop/Parent.java"),
                compileAndCompare(src, cache, dir), "the first compile compiles everything");
        assertEquals(Set.of(), EntityCompiler.compiled(src, cache, java.util.List.of()).compiled(), "nothing changed");

        write(src, "Parent", PARENT.replace("String name;", "String name;\n    String email;"));
        assertEquals(Set.of("shop/Child.java", "shop/Parent.java"), compileAndCompare(src, cache, dir));

        write(src, "Loner", LONER.replace("Long id;", "Long id;\n    int rank;"));
        assertEquals(Set.of("shop/Loner.java"), compileAndCompare(src, cache, dir), "no class names Loner");
    }

    @Test
    void anEditThatKeepsTheAbiLeavesTheClassesThatNameItAlone(@TempDir Path dir) throws IOException {
        Path src = project(dir);
        Path cache = dir.resolve("cache");
        compileAndCompare(src, cache, dir);
        // a private field and a changed annotation: what Child was compiled against did not change
        write(src, "Parent", PARENT.replace("String name;", "String name;\n    @Column(length = 9) private String email;"));
        assertEquals(Set.of("shop/Parent.java"), compileAndCompare(src, cache, dir));
        // a method other classes could call: Child is compiled again
        write(src, "Parent", PARENT.replace("String name;", "String name;\n    public String email() { return null; }"));
        assertEquals(Set.of("shop/Child.java", "shop/Parent.java"), compileAndCompare(src, cache, dir));
    }

    @Test
    void aChangedConstantCompilesEverything(@TempDir Path dir) throws IOException {
        Path src = project(dir);
        Path cache = dir.resolve("cache");
        compileAndCompare(src, cache, dir);
        // Parent's class holds a copy of Lengths.NAME and does not name Lengths: only a full compile is right
        write(src, "Lengths", LENGTHS.replace("= 40", "= 80"));
        assertEquals(4, compileAndCompare(src, cache, dir).size());
    }

    @Test
    void removedAndNewSources(@TempDir Path dir) throws IOException {
        Path src = project(dir);
        Path cache = dir.resolve("cache");
        compileAndCompare(src, cache, dir);
        Files.delete(src.resolve("shop/Loner.java"));
        assertEquals(Set.of(), compileAndCompare(src, cache, dir), "Loner's classes go, nothing is compiled");
        write(src, "Extra", "package shop;\n@jakarta.persistence.Entity public class Extra { @jakarta.persistence.Id Long id; }\n");
        assertEquals(Set.of("shop/Extra.java"), compileAndCompare(src, cache, dir));
    }

    @Test
    void anEditThatBreaksADependentIsReportedAsAFullCompileReportsIt(@TempDir Path dir) throws IOException {
        Path src = project(dir);
        Path cache = dir.resolve("cache");
        compileAndCompare(src, cache, dir);
        write(src, "Child", CHILD.replace("@ManyToOne Parent parent;", "@ManyToOne Parent parent;\n    Object o = new Loner().new Inner();"));
        compileAndCompare(src, cache, dir);
        write(src, "Loner", LONER.replace("class Inner { }", ""));
        EntityCompilationException e = assertThrows(EntityCompilationException.class,
                () -> EntityCompiler.compiled(src, cache, java.util.List.of()));
        assertTrue(e.getMessage().contains("Child.java"), e.getMessage());
    }
}
