package dev.retort.io.incremental;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClassFileRefsTest {
    @TempDir
    Path dir;

    private ClassFileRefs compiled(String source, String className) throws IOException {
        Path src = dir.resolve("src/p/All.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, source);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertEquals(0, javac.run(null, null, null, "-d", dir.resolve("out").toString(), src.toString()));
        return ClassFileRefs.read(Files.readAllBytes(dir.resolve("out/p/" + className + ".class")));
    }

    private static final String SOURCE = """
            package p;
            import java.lang.annotation.*;
            @Retention(RetentionPolicy.RUNTIME) @interface Seen { String[] value() default {}; Kind kind() default Kind.A;
                Class<?> type() default Object.class; Inner inner() default @Inner; int n() default 0; }
            @Retention(RetentionPolicy.CLASS) @interface Kept { }
            @Retention(RetentionPolicy.RUNTIME) @interface Inner { String value() default ""; }
            @Retention(RetentionPolicy.RUNTIME) @interface OnMembers { }
            enum Kind { A, B }
            @Seen(value = {"x", "y"}, kind = Kind.B, type = String.class, inner = @Inner("i"), n = 3) @Kept
            class All {
                @OnMembers long id;
                @OnMembers All() { }
                @OnMembers void method(@OnMembers int x) { }
                static final int CONSTANT = 7;
            }
            """;

    @Test
    void theClassesOwnAnnotationsVisibleOrNotAndNoneOfItsMembers() throws IOException {
        ClassFileRefs all = compiled(SOURCE, "All");
        assertEquals(Set.of("p/Seen", "p/Kept"), all.annotations());
        assertFalse(all.annotationType());
        assertTrue(all.references().contains("p/Kind"), "an enum value of an annotation is a reference");
        assertTrue(all.constants().contains("CONSTANT:I=int 7"), all.constants().toString());
        assertEquals("java/lang/Object", all.superclass());
    }

    @Test
    void anAnnotationTypeSaysSo() throws IOException {
        ClassFileRefs seen = compiled(SOURCE, "Seen");
        assertTrue(seen.annotationType());
        assertEquals(Set.of("java/lang/annotation/Retention"), seen.annotations());
        assertFalse(compiled(SOURCE, "Kind").annotationType());
    }
}
