package dev.retort.scan.compile;

import dev.retort.io.ContentCache;
import dev.retort.scan.ScanException;

import dev.retort.io.Trees;
import dev.retort.io.incremental.CompileManifest;
import dev.retort.io.incremental.ClassAbi;
import dev.retort.io.incremental.IncrementalPlan;
import dev.retort.io.incremental.LatestCompile;

import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaFileManager;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Compiles a folder of entity sources in-process with the JDK compiler into {@code cacheRoot/<content hash>}
 * ({@link ContentCache}), together with its other files (such as {@code META-INF/persistence.xml}). A folder whose
 * content was compiled before is not compiled again. A folder compiled before with other content is compiled
 * incrementally from its latest compile ({@link LatestCompile}, {@link IncrementalPlan}): the changed sources and
 * those that depend on them, the other classes copied.
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
        return compiled(sourceFolder, cacheRoot, extraClasspath).classes();
    }

    /**
     * What a compile made.
     *
     * @param classes  the folder of the classes and resources
     * @param compiled the sources javac compiled this time (relative paths): none when the content was compiled before,
     *                 all of them for a full compile, the changed ones and their dependents for an incremental one
     */
    record Compiled(Path classes, java.util.Set<String> compiled) {
    }

    static Compiled compiled(Path sourceFolder, Path cacheRoot, List<Path> extraClasspath) {
        Path folder = sourceFolder.toAbsolutePath().normalize();
        if (!Files.isDirectory(folder)) {
            throw new ScanException("entity source folder " + folder + " does not exist or is not a directory");
        }
        List<Path> files = SourceHash.filesUnder(folder);
        List<Path> sources = files.stream().filter(EntityCompiler::isJava).toList();
        if (sources.isEmpty()) {
            throw new ScanException("entity source folder " + folder + " holds no .java files");
        }
        // every file is read once: checked, hashed for the cache key and, on a miss, hashed one by one from these bytes
        Map<Path, byte[]> contents = new java.util.LinkedHashMap<>();
        for (Path file : files) {
            try {
                contents.put(file, Files.readAllBytes(file));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        for (Path source : sources) {
            var bad = dev.retort.io.SourceText.firstBadByte(contents.get(source));
            if (bad.isPresent()) {
                throw new ScanException(bad.get().describe(source));
            }
        }
        // Retort's own entries first: at boot time the entities' class loader asks Retort's loader first too
        List<Path> classpath = new ArrayList<>(CompileClasspath.current());
        extraClasspath.stream().map(p -> p.toAbsolutePath().normalize()).filter(p -> !classpath.contains(p))
                .forEach(classpath::add);
        String environment = environment(classpath);
        String hash = SourceHash.of(folder, contents, environment);
        ContentCache cache = new ContentCache(cacheRoot);
        LatestCompile latest = new LatestCompile(cache.directory(), folder);
        java.util.Set<String> compiled = new java.util.TreeSet<>();
        try {
            Path entry = cache.entry(hash, out -> {
                Map<String, String> hashes = hashes(folder, sources, contents);
                CompileManifest manifest = latest.entry()
                        .flatMap(previous -> incremental(folder, previous, hashes, classpath, environment, out,
                                compiled))
                        .orElseGet(() -> {
                            compiled.clear();
                            compiled.addAll(hashes.keySet());
                            return full(folder, hashes, classpath, environment, out);
                        });
                copyResources(folder, files, out);
                manifest.write(out);
            });
            latest.record(entry);
            return new Compiled(entry, compiled);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the entity compile cache " + cache.directory().resolve(hash), e);
        }
    }

    /** Every source compiled, into {@code out}. */
    private static CompileManifest full(Path folder, Map<String, String> hashes, List<Path> classpath,
                                        String environment, Path out) {
        try {
            Trees.deleteContents(out); // an incremental attempt may have filled it
            Map<String, List<String>> classFiles = javac(folder, hashes.keySet(), classpath, out, true);
            return manifest(environment, hashes, classFiles);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot compile the entity sources of " + folder + " into " + out, e);
        }
    }

    /**
     * Only what changed and what depends on it ({@link IncrementalPlan}), the other classes copied from the
     * previous compile in {@code previous}; empty when that compile was in another environment, when javac reports
     * an error (the full compile then reports it as it would anyway) or when a constant changed.
     */
    private static Optional<CompileManifest> incremental(Path folder, Path previous, Map<String, String> hashes,
                                                         List<Path> classpath, String environment, Path out,
                                                         java.util.Set<String> compiledSources) {
        Optional<CompileManifest> before = CompileManifest.read(previous)
                .filter(m -> m.environment().equals(CompileManifest.environmentLine(environment)));
        Optional<IncrementalPlan> plan = before.flatMap(m -> IncrementalPlan.of(previous, m, hashes));
        if (plan.isEmpty() || plan.get().recompile().size() == hashes.size()) {
            return Optional.empty();
        }
        try {
            IncrementalPlan p = plan.get();
            java.util.Set<String> dependents = new java.util.TreeSet<>(p.recompile());
            dependents.removeAll(p.changed());
            boolean removed = before.get().sources().keySet().stream().anyMatch(source -> !hashes.containsKey(source));
            // first the changed sources alone, against the classes of their dependents as they are; those are
            // compiled again only when the classes they were compiled against changed their ABI
            IncrementalPlan first = dependents.isEmpty() || removed ? p : new IncrementalPlan(p.changed(),
                    union(p.keep(), dependents), p.changed(), p.oldConstants());
            Map<String, List<String>> classFiles = first.copyKept(previous, before.get(), out);
            List<Path> withKept = new ArrayList<>();
            withKept.add(out);
            withKept.addAll(classpath);
            Map<String, List<String>> compiled = first.recompile().isEmpty() ? Map.of()
                    : javac(folder, first.recompile(), withKept, out, false);
            if (compiled == null) {
                return Optional.empty();
            }
            classFiles.putAll(compiled);
            compiledSources.addAll(first.recompile());
            if (first != p && !sameAbi(previous, before.get(), out, p.changed(), compiled)) {
                for (String dependent : dependents) {
                    for (String classFile : classFiles.get(dependent)) {
                        Files.delete(out.resolve(classFile)); // a link into the previous compile: never written to
                    }
                }
                Map<String, List<String>> again = javac(folder, dependents, withKept, out, false);
                if (again == null) {
                    return Optional.empty();
                }
                classFiles.putAll(again);
                compiledSources.addAll(dependents);
            }
            if (!IncrementalPlan.constants(out, classFiles, plan.get().changed()).equals(plan.get().oldConstants())) {
                return Optional.empty();
            }
            return Optional.of(manifest(environment, hashes, classFiles));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether the changed sources that were compiled before compiled to the same classes with the same ABI
     * ({@link ClassAbi}): then what was compiled against them is still valid.
     */
    private static boolean sameAbi(Path previous, CompileManifest before, Path out, java.util.Set<String> changed,
                                   Map<String, List<String>> compiled) throws IOException {
        for (String source : changed) {
            CompileManifest.Source old = before.sources().get(source);
            if (old == null) {
                continue; // new: nothing was compiled against it
            }
            List<String> now = compiled.getOrDefault(source, List.of());
            if (!new java.util.TreeSet<>(old.classFiles()).equals(new java.util.TreeSet<>(now))) {
                return false;
            }
            for (String classFile : now) {
                if (!ClassAbi.of(Files.readAllBytes(previous.resolve(classFile)))
                        .equals(ClassAbi.of(Files.readAllBytes(out.resolve(classFile))))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static java.util.Set<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        java.util.Set<String> out = new java.util.TreeSet<>(a);
        out.addAll(b);
        return out;
    }

    private static CompileManifest manifest(String environment, Map<String, String> hashes,
                                            Map<String, List<String>> classFiles) {
        Map<String, CompileManifest.Source> sources = new HashMap<>();
        hashes.forEach((source, h) -> sources.put(source,
                new CompileManifest.Source(h, classFiles.getOrDefault(source, List.of()).stream().sorted().toList())));
        return new CompileManifest(CompileManifest.environmentLine(environment), sources);
    }

    /** Each source by its path relative to {@code folder}, with the SHA-256 of its bytes. */
    private static Map<String, String> hashes(Path folder, List<Path> sources, Map<Path, byte[]> contents) {
        Map<String, String> out = new java.util.TreeMap<>();
        for (Path source : sources) {
            out.put(relative(folder, source), ContentCache.Key.of("source").add(contents.get(source)).hex());
        }
        return out;
    }

    private static String relative(Path folder, Path file) {
        return folder.relativize(file).toString().replace('\\', '/');
    }

    /**
     * Compiles {@code sources} (relative to {@code folder}) into {@code out}: the class files javac wrote for each
     * source. A compile error throws when {@code report}, and returns null otherwise.
     */
    private static Map<String, List<String>> javac(Path folder, java.util.Collection<String> sources,
                                                   List<Path> classpath, Path out, boolean report) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new ScanException("no Java compiler in this runtime (" + System.getProperty("java.home")
                    + "): run Retort on a JDK, not a JRE, to compile entity sources in " + folder);
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Map<String, List<String>> written = new HashMap<>();
        try (StandardJavaFileManager standard = compiler.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8);
             JavaFileManager files = new ForwardingJavaFileManager<>(standard) {
                 @Override
                 public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                                                            FileObject sibling) throws IOException {
                     if (kind == JavaFileObject.Kind.CLASS && sibling != null) {
                         written.computeIfAbsent(relative(folder, Path.of(sibling.toUri())), k -> new ArrayList<>())
                                 .add(className.replace('.', '/') + ".class");
                     }
                     return super.getJavaFileForOutput(location, className, kind, sibling);
                 }
             }) {
            List<String> options = List.of("-d", out.toString(),
                    "-classpath", classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)),
                    "-proc:none", "-encoding", "UTF-8", "-parameters", "-g", "-nowarn");
            Iterable<? extends JavaFileObject> units = standard.getJavaFileObjectsFromPaths(
                    sources.stream().map(folder::resolve).toList());
            boolean ok = compiler.getTask(null, files, diagnostics, options, null, units).call();
            List<CompileError> errors = new ArrayList<>();
            for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                if (d.getKind() == Diagnostic.Kind.ERROR) {
                    Path file = d.getSource() == null ? folder : Path.of(d.getSource().toUri());
                    errors.add(new CompileError(file, d.getLineNumber(), d.getMessage(Locale.ROOT)));
                }
            }
            if (!ok || !errors.isEmpty()) {
                if (!report) {
                    return null;
                }
                throw new EntityCompilationException(folder, errors);
            }
        }
        return written;
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
