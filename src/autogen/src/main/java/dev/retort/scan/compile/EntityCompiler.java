package dev.retort.scan.compile;

import dev.retort.io.ContentCache;
import dev.retort.scan.ScanException;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Compiles a folder of entity sources in-process with the JDK compiler into {@code cacheRoot/<content hash>}
 * ({@link ContentCache}), together with its other files (such as {@code META-INF/persistence.xml}). A folder whose
 * content was compiled before is not compiled again.
 */
public final class EntityCompiler {
    private EntityCompiler() {
    }

    /** The directory holding the compiled classes and resources of {@code sourceFolder}. */
    public static Path compile(Path sourceFolder, Path cacheRoot) {
        return compile(sourceFolder, cacheRoot, List.of());
    }

    /**
     * The same, compiled against Jakarta Persistence, Hibernate and {@code extraClasspath} (the entities'
     * libraries, such as jakarta.validation or hibernate-validator).
     */
    public static Path compile(Path sourceFolder, Path cacheRoot, List<Path> extraClasspath) {
        Path folder = sourceFolder.toAbsolutePath().normalize();
        if (!Files.isDirectory(folder)) {
            throw new ScanException("entity source folder " + folder + " does not exist or is not a directory");
        }
        List<Path> files = SourceHash.filesUnder(folder);
        List<Path> sources = files.stream().filter(EntityCompiler::isJava).toList();
        if (sources.isEmpty()) {
            throw new ScanException("entity source folder " + folder + " holds no .java files");
        }
        for (Path source : sources) {
            try {
                var bad = dev.retort.io.SourceText.firstBadByte(Files.readAllBytes(source));
                if (bad.isPresent()) {
                    throw new ScanException(bad.get().describe(source));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + source, e);
            }
        }
        // Retort's own entries first: at boot time the entities' class loader asks Retort's loader first too
        List<Path> classpath = new ArrayList<>(CompileClasspath.current());
        extraClasspath.stream().map(p -> p.toAbsolutePath().normalize()).filter(p -> !classpath.contains(p))
                .forEach(classpath::add);
        String hash = SourceHash.of(folder, files, environment(classpath));
        ContentCache cache = new ContentCache(cacheRoot);
        try {
            return cache.entry(hash, out -> {
                javac(folder, sources, classpath, out);
                copyResources(folder, files, out);
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the entity compile cache " + cache.directory().resolve(hash), e);
        }
    }

    private static void javac(Path folder, List<Path> sources, List<Path> classpath, Path out) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new ScanException("no Java compiler in this runtime (" + System.getProperty("java.home")
                    + "): run Retort on a JDK, not a JRE, to compile entity sources in " + folder);
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            List<String> options = List.of("-d", out.toString(),
                    "-classpath", classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)),
                    "-proc:none", "-encoding", "UTF-8", "-parameters", "-g", "-nowarn");
            Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(sources);
            boolean ok = compiler.getTask(null, files, diagnostics, options, null, units).call();
            List<CompileError> errors = new ArrayList<>();
            for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                if (d.getKind() == Diagnostic.Kind.ERROR) {
                    Path file = d.getSource() == null ? folder : Path.of(d.getSource().toUri());
                    errors.add(new CompileError(file, d.getLineNumber(), d.getMessage(Locale.ROOT)));
                }
            }
            if (!ok || !errors.isEmpty()) {
                throw new EntityCompilationException(folder, errors);
            }
        }
    }

    private static void copyResources(Path folder, List<Path> files, Path out) throws IOException {
        for (Path file : files) {
            if (!isJava(file)) {
                Path copy = out.resolve(folder.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static String environment(List<Path> classpath) {
        return "java " + Runtime.version() + "\nhibernate " + org.hibernate.Version.getVersionString() + "\n"
                + classpath.stream().map(EntityCompiler::describe).collect(Collectors.joining("\n"));
    }

    /** A class path entry as the compile cache key sees it: its name, and a jar's size and time. */
    private static String describe(Path entry) {
        try {
            return Files.isRegularFile(entry)
                    ? entry.getFileName() + " " + Files.size(entry) + " " + Files.getLastModifiedTime(entry).toMillis()
                    : String.valueOf(entry.getFileName());
        } catch (IOException e) {
            return String.valueOf(entry.getFileName());
        }
    }

    private static boolean isJava(Path file) {
        return file.getFileName().toString().endsWith(".java");
    }

}
