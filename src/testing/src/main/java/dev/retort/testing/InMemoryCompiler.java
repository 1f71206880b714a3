package dev.retort.testing;


import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Compiles generated migration sources with the JDK compiler against Retort's own classes. */
public final class InMemoryCompiler {
    private InMemoryCompiler() {
    }

    /** Compiles one default-package class, all lint warnings as errors, and loads it. */
    public static Class<?> compile(String className, String source, Path outputDir) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, null, null)) {
            JavaFileObject unit = new SimpleJavaFileObject(URI.create("string:///" + className + ".java"),
                    JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return source;
                }
            };
            List<String> options = List.of("--release", "17", "-proc:none", "-Xlint:all", "-Werror",
                    "-classpath", apiClasses().toString(), "-d", outputDir.toString());
            boolean ok = compiler.getTask(null, files, diagnostics, options, null, List.of(unit)).call();
            if (!ok) {
                throw new AssertionError("generated " + className + " does not compile:\n"
                        + diagnostics.getDiagnostics().stream().map(InMemoryCompiler::format)
                        .collect(Collectors.joining("\n")) + "\n--- source:\n" + source);
            }
            URLClassLoader loader = new URLClassLoader(new URL[]{outputDir.toUri().toURL()},
                    InMemoryCompiler.class.getClassLoader());
            return loader.loadClass(className);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("compiled " + className + " but cannot load it", e);
        }
    }

    /** Where {@code dev.retort.api} was loaded from (a module's classes folder or the API jar), found by name. */
    private static Path apiClasses() {
        try {
            Class<?> migration = Class.forName("dev.retort.api.Migration");
            return Path.of(migration.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | ClassNotFoundException e) {
            throw new IllegalStateException("the migration API dev.retort.api is not on the test class path", e);
        }
    }

    private static String format(Diagnostic<? extends JavaFileObject> d) {
        return d.getKind() + " line " + d.getLineNumber() + ": " + d.getMessage(null);
    }

    public static Path tempDir() {
        try {
            return Files.createTempDirectory("retort-render");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
