package dev.retort.scan.boot;

import dev.retort.scan.EntityScanner;
import dev.retort.scan.ScanException;
import dev.retort.scan.ScanRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Entities compiled against a library that is not on {@code entities.classpath}: the message names the missing
 * class and the setting, not the reflection exception Hibernate's boot wraps it in.
 */
class MissingClassTest {

    @TempDir
    Path dir;

    /** An entity listener whose superclass is in a jar the project did not list (Spring's auditing listener, say). */
    @Test
    void anEntityListenersMissingSuperclassIsNamed() throws IOException {
        compile(java.util.Map.of(
                "lib/AuditSupport.java", "package lib; public class AuditSupport {}",
                "demo/AuditListener.java", "package demo; public class AuditListener extends lib.AuditSupport {"
                        + " @jakarta.persistence.PrePersist void touch(Object o) {} }",
                "demo/Account.java", "package demo; import jakarta.persistence.*; @Entity @Table(name = \"account\")"
                        + " @EntityListeners(AuditListener.class) public class Account { @Id Long id; String name; }"));
        Files.delete(dir.resolve("classes/lib/AuditSupport.class"));

        ScanException e = assertThrows(ScanException.class, () -> new EntityScanner()
                .scan(ScanRequest.ofClasses(List.of(dir.resolve("classes")), List.of("demo"))));
        assertTrue(e.getMessage().contains("need class lib.AuditSupport, which is not on their class path"),
                e.getMessage());
        assertTrue(e.getMessage().contains("entities.classpath"), e.getMessage());
        assertTrue(e.getMessage().contains("(entities.classes)"), e.getMessage());
    }

    @Test
    void theMissingClassIsFoundUnderWrappers() {
        Throwable wrapped = new RuntimeException(new java.lang.reflect.InvocationTargetException(
                new TypeNotPresentException("[unknown]", new NoClassDefFoundError("org/example/Base"))));
        assertEquals("org.example.Base", MissingClass.in(wrapped).orElseThrow());
        assertEquals("org.example.Gone", MissingClass.in(new ClassNotFoundException("org.example.Gone")).orElseThrow());
        assertTrue(MissingClass.in(new IllegalStateException("bad mapping")).isEmpty());
    }

    private void compile(java.util.Map<String, String> sources) throws IOException {
        Path src = dir.resolve("src");
        List<String> args = new java.util.ArrayList<>(List.of("--release", "17", "-proc:none", "-d",
                dir.resolve("classes").toString(), "-cp", System.getProperty("java.class.path")));
        for (var e : sources.entrySet()) {
            Path file = src.resolve(e.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, e.getValue());
            args.add(file.toString());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertEquals(0, javac.run(null, null, null, args.toArray(String[]::new)), "the test's sources compile");
    }
}
