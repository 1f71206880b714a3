package dev.retort.runtime.load;

import dev.retort.api.Migration;
import dev.retort.errors.ErrorKind;
import dev.retort.errors.RetortException;
import dev.retort.io.BuildIdentity;
import dev.retort.io.ContentCache;
import dev.retort.io.incremental.CompileManifest;
import dev.retort.io.incremental.IncrementalPlan;
import dev.retort.io.incremental.LatestCompile;

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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Compiles all migration sources in one {@link JavaCompiler} task against the migration API and the JDK alone
 * ({@link ApiOnlyFileManager}), into {@code <cacheRoot>/<sha-256 of all sources>} ({@link ContentCache}); a later
 * run with the same sources finds the classes there and compiles nothing, and a run with a migration added or edited
 * compiles that one alone, starting from the latest compile ({@link LatestCompile}).
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
            LatestCompile latest = new LatestCompile(cache.directory(), Path.of("migrations"));
            Path entry = cache.entry(key(sources), folder -> {
                Map<String, String> hashes = new TreeMap<>();
                sources.forEach(s -> hashes.put(s.className(), s.checksum()));
                CompileManifest manifest = latest.entry()
                        .flatMap(previous -> incremental(sources, hashes, previous, folder))
                        .orElse(null);
                if (manifest == null) {
                    dev.retort.io.Trees.deleteContents(folder); // an incremental attempt may have filled it
                    manifest = manifest(hashes, compile(sources, folder, true));
                }
                manifest.write(folder);
            });
            latest.record(entry);
            return entry;
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

    /**
     * The new and changed migrations alone (and any whose classes name theirs, {@link IncrementalPlan}), the classes of
     * the others copied from the previous compile in {@code previous}: adding a migration to a long history compiles
     * one file. Empty when that compile was of another build, or when the files do not compile apart (the full
     * compile then reports what it reports).
     */
    private Optional<CompileManifest> incremental(List<MigrationSource> sources, Map<String, String> hashes,
                                                  Path previous, Path out) {
        Optional<CompileManifest> before = CompileManifest.read(previous)
                .filter(m -> m.environment().equals(CompileManifest.environmentLine(environment())));
        Optional<IncrementalPlan> plan = before.flatMap(m -> IncrementalPlan.of(previous, m, hashes));
        if (plan.isEmpty() || plan.get().recompile().size() == sources.size()) {
            return Optional.empty();
        }
        try {
            Map<String, List<String>> classFiles = plan.get().copyKept(previous, before.get(), out);
            List<MigrationSource> changed = sources.stream()
                    .filter(s -> plan.get().recompile().contains(s.className())).toList();
            if (!changed.isEmpty()) {
                Map<String, List<String>> compiled = compile(changed, out, false);
                if (compiled == null) {
                    return Optional.empty();
                }
                classFiles.putAll(compiled);
            }
            if (!IncrementalPlan.constants(out, classFiles, plan.get().changed()).equals(plan.get().oldConstants())) {
                return Optional.empty();
            }
            return Optional.of(manifest(hashes, classFiles));
        } catch (IOException | RetortException e) {
            return Optional.empty();
        }
    }

    private static CompileManifest manifest(Map<String, String> hashes, Map<String, List<String>> classFiles) {
        Map<String, CompileManifest.Source> out = new HashMap<>();
        hashes.forEach((name, hash) -> out.put(name, new CompileManifest.Source(hash,
                classFiles.getOrDefault(name, List.of()).stream().sorted().toList())));
        return new CompileManifest(CompileManifest.environmentLine(environment()), out);
    }

    /** What decides the classes besides the sources: the cache format (with the options), Retort's build, the JDK. */
    private static String environment() {
        return CACHE_FORMAT + " " + RETORT_BUILD + " java " + Runtime.version();
    }

    /**
     * Compiles {@code sources} into {@code out}: the class files written for each (by class name). Errors throw when
     * {@code report}; otherwise they return null.
     */
    private Map<String, List<String>> compile(List<MigrationSource> sources, Path out, boolean report)
            throws IOException {
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
                if (!report) {
                    return null;
                }
                throw compileError(diagnostics.getDiagnostics(), imports, files);
            }
            revisions.requireOnePerFile();
            Map<String, List<String>> written = new HashMap<>();
            for (MigrationSource s : sources) {
                written.put(s.className(), files.written().getOrDefault(s.file().toUri(), List.of()));
            }
            return written;
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
