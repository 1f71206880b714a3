package dev.retort.runtime.load;

import dev.retort.api.Migration;
import dev.retort.errors.ErrorKind;
import dev.retort.errors.RetortException;
import dev.retort.io.BuildIdentity;
import dev.retort.io.ContentCache;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Compiles all migration sources in one {@link JavaCompiler} task against the migration API and the JDK alone
 * ({@link ApiOnlyFileManager}), into {@code <cacheRoot>/<sha-256 of all sources>} ({@link ContentCache}); a later
 * run with the same sources finds the classes there and compiles nothing.
 */
public final class MigrationCompiler {
    /** Bump when the layout of the cache or the compile options change. */
    private static final String CACHE_FORMAT = "retort-cache-3";
    /**
     * Which build of Retort the classes are compiled against: classes compiled against another build may call
     * methods it does not have (a factory whose return type changed), so another build is another cache entry.
     */
    private static final String RETORT_BUILD = BuildIdentity.of(Migration.class).orElse("unknown");
    private final ContentCache cache;

    /** @param cacheRoot the folder of compiled migrations ({@link ContentCache.Kind#MIGRATIONS}) */
    public MigrationCompiler(Path cacheRoot) {
        this.cache = new ContentCache(cacheRoot);
    }

    /** The folder holding the compiled classes of {@code sources}, compiling them when not cached. */
    public Path classesFor(List<MigrationSource> sources) {
        try {
            return cache.entry(key(sources), folder -> compile(sources, folder));
        } catch (IOException e) {
            throw new RetortException(ErrorKind.IO, "cannot write the compile cache " + cache.directory() + ": "
                    + e.getMessage(), e);
        }
    }

    static String key(List<MigrationSource> sources) {
        ContentCache.Key key = ContentCache.Key.of(CACHE_FORMAT).add(RETORT_BUILD);
        for (MigrationSource s : sources) {
            key.add(s.className()).add(s.checksum());
        }
        return key.hex();
    }

    private void compile(List<MigrationSource> sources, Path out) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new RetortException(ErrorKind.MIGRATION_SOURCE,
                    "no Java compiler in this runtime (" + System.getProperty("java.home") + "); run Retort on a JDK, not a JRE");
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager standard = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8);
             ApiOnlyFileManager files = new ApiOnlyFileManager(standard)) {
            files.setLocationFromPaths(StandardLocation.CLASS_PATH, retortClasspath());
            // from the text read (byte-order mark dropped), named by the file for javac's messages
            List<JavaFileObject> units = sources.stream().map(MigrationCompiler::unit).toList();
            List<String> options = List.of("-d", out.toString(),
                    "-proc:none", "-implicit:none", "-g", "-nowarn", "-encoding", "UTF-8", "--release", "17");
            com.sun.source.util.JavacTask task = (com.sun.source.util.JavacTask)
                    javac.getTask(null, files, diagnostics, options, null, units);
            RevisionClasses revisions = new RevisionClasses();
            MigrationImports imports = new MigrationImports(task);
            task.addTaskListener(revisions);
            task.addTaskListener(imports);
            Boolean ok = task.call();
            if (!Boolean.TRUE.equals(ok)) {
                throw compileError(diagnostics.getDiagnostics(), imports, files);
            }
            revisions.requireOnePerFile();
        }
    }

    private static JavaFileObject unit(MigrationSource source) {
        return new javax.tools.SimpleJavaFileObject(source.file().toUri(), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source.text();
            }
        };
    }

    /**
     * The errors, file by file; in a file that imports what migrations cannot see, only those imports (the other
     * errors of that file mostly follow from them).
     */
    private static RetortException compileError(List<Diagnostic<? extends JavaFileObject>> diagnostics,
                                                MigrationImports imports, ApiOnlyFileManager files) {
        List<Diagnostic<? extends JavaFileObject>> errors = diagnostics.stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR).toList();
        Map<Diagnostic<? extends JavaFileObject>, MigrationImports.Import> unavailable = new LinkedHashMap<>();
        for (Diagnostic<? extends JavaFileObject> d : errors) {
            imports.unavailable(d).ifPresent(i -> unavailable.put(d, i));
        }
        Set<Path> filesWithImports = new HashSet<>();
        unavailable.keySet().forEach(d -> filesWithImports.add(fileOf(d)));
        List<String> apiClasses = unavailable.isEmpty() ? List.of() : apiClasses(files);
        List<String> lines = new ArrayList<>();
        Path firstFile = null;
        for (Diagnostic<? extends JavaFileObject> d : errors) {
            Path file = fileOf(d);
            MigrationImports.Import i = unavailable.get(d);
            if (i == null && file != null && filesWithImports.contains(file)) {
                continue;
            }
            if (firstFile == null) {
                firstFile = file;
            }
            String message = i != null ? MigrationImports.explain(i, apiClasses)
                    : d.getMessage(Locale.ROOT) + (MigrationImports.missingPackage(d) ? "\n  (" + MigrationImports.RULE + ")" : "");
            lines.add((file == null ? "" : file + ":" + d.getLineNumber() + ": ") + "error: " + message);
        }
        return new RetortException(ErrorKind.MIGRATION_SOURCE, "migrations do not compile; fix these errors "
                + "(nothing was run):\n" + String.join("\n", lines), firstFile, List.of(), null, null);
    }

    private static Path fileOf(Diagnostic<? extends JavaFileObject> d) {
        return d.getSource() == null ? null : Path.of(d.getSource().toUri());
    }

    private static List<String> apiClasses(ApiOnlyFileManager files) {
        try {
            return files.apiClasses();
        } catch (IOException e) {
            return List.of(); // only the suggestion of an API class is lost
        }
    }

    /** Where the migration API comes from: Retort's jar or classes folder (or, failing that, the class path). */
    static List<Path> retortClasspath() {
        try {
            return List.of(Path.of(Migration.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (URISyntaxException | NullPointerException e) {
            return Stream.of(System.getProperty("java.class.path", "").split(File.pathSeparator))
                    .filter(p -> !p.isBlank()).map(Path::of).toList();
        }
    }

}
