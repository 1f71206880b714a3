package dev.retort.runtime.load;

import dev.retort.api.Migration;
import dev.retort.errors.ErrorKind;
import dev.retort.errors.RetortException;
import dev.retort.io.Trees;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Compiles all migration sources in one {@link JavaCompiler} task against Retort's own classes, into
 * {@code <cacheRoot>/<sha-256 of all sources>}; a later run with the same sources finds the classes there
 * and compiles nothing.
 */
public final class SourceCompiler {
    /** Bump when the layout of the cache or the compile options change. */
    private static final String CACHE_FORMAT = "retort-cache-2";
    /**
     * Which build of Retort the classes are compiled against: classes compiled against another build may call
     * methods it does not have (a factory whose return type changed), so another build is another cache entry.
     */
    private static final String RETORT_BUILD = buildIdentity();
    private static final long PRUNE_AFTER_MILLIS = 24L * 60 * 60 * 1000;
    private final Path cacheRoot;

    public SourceCompiler(Path cacheRoot) {
        this.cacheRoot = cacheRoot;
    }

    /** The folder holding the compiled classes of {@code sources}, compiling them when not cached. */
    public Path classesFor(List<MigrationSource> sources) {
        Path target = cacheRoot.resolve(key(sources));
        if (Files.isDirectory(target)) {
            return target;
        }
        Path tmp = cacheRoot.resolve(target.getFileName() + ".tmp-" + UUID.randomUUID());
        try {
            Files.createDirectories(tmp);
            compile(sources, tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                // another process finished the same compilation first (rename fails with "directory not
                // empty" or "file exists"); use its result
                if (!Files.isDirectory(target)) {
                    throw e;
                }
            }
            pruneOldEntries(target);
            return target;
        } catch (IOException e) {
            throw new RetortException(ErrorKind.IO, "cannot write the compile cache " + cacheRoot + ": " + e.getMessage(), e);
        } finally {
            Trees.deleteQuietly(tmp);
        }
    }

    /**
     * Removes cache entries of earlier sources once they are a day old (a concurrent run of older sources
     * may still be loading classes from a younger one).
     */
    private void pruneOldEntries(Path keep) {
        long cutoff = System.currentTimeMillis() - PRUNE_AFTER_MILLIS;
        try (Stream<Path> entries = Files.list(cacheRoot)) {
            for (Path entry : entries.toList()) {
                if (!entry.equals(keep) && Files.getLastModifiedTime(entry).toMillis() < cutoff) {
                    Trees.deleteQuietly(entry);
                }
            }
        } catch (IOException ignored) {
            // pruning is housekeeping; a failure costs only disk space
        }
    }

    static String key(List<MigrationSource> sources) {
        MessageDigest md = Checksums.digest();
        md.update(CACHE_FORMAT.getBytes(StandardCharsets.UTF_8));
        md.update(RETORT_BUILD.getBytes(StandardCharsets.UTF_8));
        for (MigrationSource s : sources) {
            md.update((s.className() + "\0" + s.checksum() + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private void compile(List<MigrationSource> sources, Path out) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new RetortException(ErrorKind.MIGRATION_SOURCE,
                    "no Java compiler in this runtime (" + System.getProperty("java.home") + "); run Retort on a JDK, not a JRE");
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            // from the text read (byte-order mark dropped), named by the file for javac's messages
            List<JavaFileObject> units = sources.stream().map(SourceCompiler::unit).toList();
            List<String> options = List.of("-d", out.toString(), "-classpath", retortClasspath(),
                    "-proc:none", "-implicit:none", "-g", "-nowarn", "-encoding", "UTF-8", "--release", "17");
            com.sun.source.util.JavacTask task = (com.sun.source.util.JavacTask)
                    javac.getTask(null, files, diagnostics, options, null, units);
            RevisionClasses revisions = new RevisionClasses();
            task.addTaskListener(revisions);
            Boolean ok = task.call();
            if (!Boolean.TRUE.equals(ok)) {
                throw compileError(diagnostics.getDiagnostics());
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

    private static RetortException compileError(List<Diagnostic<? extends JavaFileObject>> diagnostics) {
        List<String> lines = new ArrayList<>();
        Path firstFile = null;
        for (Diagnostic<? extends JavaFileObject> d : diagnostics) {
            if (d.getKind() != Diagnostic.Kind.ERROR) {
                continue;
            }
            Path file = d.getSource() == null ? null : Path.of(d.getSource().toUri());
            if (firstFile == null) {
                firstFile = file;
            }
            lines.add((file == null ? "" : file + ":" + d.getLineNumber() + ": ") + "error: "
                    + d.getMessage(Locale.ROOT));
        }
        return new RetortException(ErrorKind.MIGRATION_SOURCE, "migrations do not compile; fix these errors "
                + "(nothing was run):\n" + String.join("\n", lines), firstFile, List.of(), null, null);
    }

    /** The jar's path, size and time; for a classes folder (a development build), those of every file in it. */
    private static String buildIdentity() {
        try {
            Path location = Path.of(Migration.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(location)) {
                return location + ":" + Files.size(location) + ":" + Files.getLastModifiedTime(location).toMillis();
            }
            MessageDigest md = Checksums.digest();
            try (Stream<Path> files = Files.walk(location)) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    md.update((location.relativize(f) + ":" + Files.size(f) + ":"
                            + Files.getLastModifiedTime(f).toMillis() + "\n").getBytes(StandardCharsets.UTF_8));
                }
            }
            return location + ":" + HexFormat.of().formatHex(md.digest());
        } catch (URISyntaxException | IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** Where the migration API comes from: Retort's jar or classes folder. */
    static String retortClasspath() {
        try {
            return Path.of(Migration.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException | NullPointerException e) {
            return System.getProperty("java.class.path", "") + File.pathSeparator;
        }
    }

}
