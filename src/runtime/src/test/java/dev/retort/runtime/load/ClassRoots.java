package dev.retort.runtime.load;

import dev.retort.api.Migration;

import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/** Classpath roots for loader tests: packaged sources compiled into a folder, folders packed into jars. */
final class ClassRoots {
    private ClassRoots() {
    }

    /**
     * Compiles {@code sources} (class name to source text, any package) into {@code out}, against Retort's
     * classes and {@code classpath}.
     */
    static Path compile(Map<String, String> sources, Path out, Path... classpath) throws IOException {
        Path src = Files.createTempDirectory("retort-roots-src-");
        List<Path> files = new ArrayList<>();
        for (Map.Entry<String, String> s : sources.entrySet()) {
            Path f = src.resolve(s.getKey().replace('.', '/') + ".java");
            Files.createDirectories(f.getParent());
            files.add(Files.writeString(f, s.getValue()));
        }
        StringBuilder cp = new StringBuilder(apiClasses().toString());
        for (Path p : classpath) {
            cp.append(File.pathSeparator).append(p);
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager fm = compiler.getStandardFileManager(diagnostics, null, null)) {
            boolean ok = compiler.getTask(null, fm, diagnostics, List.of("--release", "17", "-proc:none",
                    "-classpath", cp.toString(), "-d", out.toString()), null, fm.getJavaFileObjectsFromPaths(files)).call();
            if (!ok) {
                throw new AssertionError("does not compile: " + diagnostics.getDiagnostics());
            }
        }
        return out;
    }

    /** A jar of every file under {@code dir}, plus {@code extra} entries; with a manifest unless told otherwise. */
    static Path jar(Path dir, Path jar, boolean manifest, Map<String, String> extra) throws IOException {
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        try (OutputStream file = Files.newOutputStream(jar);
             JarOutputStream out = manifest ? new JarOutputStream(file, m) : new JarOutputStream(file);
             Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted().toList()) {
                if (p.equals(dir)) {
                    continue;
                }
                String name = dir.relativize(p).toString().replace(File.separatorChar, '/');
                if (Files.isDirectory(p)) {
                    out.putNextEntry(new JarEntry(name + "/"));
                } else {
                    out.putNextEntry(new JarEntry(name));
                    out.write(Files.readAllBytes(p));
                }
                out.closeEntry();
            }
            for (Map.Entry<String, String> e : extra.entrySet()) {
                out.putNextEntry(new JarEntry(e.getKey()));
                out.write(e.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return jar;
    }

    private static Path apiClasses() {
        try {
            return Path.of(Migration.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
