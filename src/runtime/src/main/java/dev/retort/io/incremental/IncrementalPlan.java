package dev.retort.io.incremental;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which sources an incremental compile recompiles, from the previous compile of the same folder
 * ({@link CompileManifest}): the sources that changed or are new, and every unchanged source whose classes name a
 * class of a changed or removed source (found in their constant pools, {@link ClassFileRefs}); the classes of all
 * other sources are kept. Kept classes were compiled against the same signatures they would be compiled against
 * now, with one exception the caller checks after compiling: constants, which javac copies into the classes that
 * use them without naming their class ({@link #oldConstants}: when they differ from the new ones, it compiles
 * everything).
 *
 * @param recompile   the sources to compile (relative paths)
 * @param keep        the sources whose classes are kept
 * @param changed     the sources whose content changed or that are new
 * @param oldConstants the constants of the previous classes of changed and removed sources
 */
public record IncrementalPlan(Set<String> recompile, Set<String> keep, Set<String> changed, Set<String> oldConstants) {

    /**
     * The plan from the compile in {@code previous} (its manifest {@code manifest}) to sources with the hashes
     * {@code current}; empty when a class file of the previous compile cannot be read.
     */
    public static Optional<IncrementalPlan> of(Path previous, CompileManifest manifest, Map<String, String> current) {
        Set<String> changed = new TreeSet<>();
        for (Map.Entry<String, String> e : current.entrySet()) {
            CompileManifest.Source before = manifest.sources().get(e.getKey());
            if (before == null || !before.hash().equals(e.getValue())) {
                changed.add(e.getKey());
            }
        }
        Set<String> gone = new TreeSet<>(changed);
        manifest.sources().keySet().stream().filter(s -> !current.containsKey(s)).forEach(gone::add);
        Set<String> dirtyClasses = new HashSet<>();
        Set<String> oldConstants = new TreeSet<>();
        try {
            for (String source : gone) {
                CompileManifest.Source before = manifest.sources().get(source);
                if (before == null) {
                    continue;
                }
                for (String classFile : before.classFiles()) {
                    dirtyClasses.add(classFile.substring(0, classFile.length() - ".class".length()));
                    oldConstants.addAll(refs(previous, classFile).constants());
                }
            }
            Set<String> recompile = new TreeSet<>(changed);
            Set<String> keep = new TreeSet<>();
            for (String source : current.keySet()) {
                if (changed.contains(source)) {
                    continue;
                }
                boolean affected = false;
                for (String classFile : manifest.sources().get(source).classFiles()) {
                    if (!java.util.Collections.disjoint(refs(previous, classFile).references(), dirtyClasses)) {
                        affected = true;
                        break;
                    }
                }
                (affected ? recompile : keep).add(source);
            }
            return Optional.of(new IncrementalPlan(recompile, keep, changed, oldConstants));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Copies the class files of the kept sources from {@code previous} (the compile {@code before} describes) into
     * {@code out}, keeping their times: the kept sources with their class files.
     */
    public Map<String, List<String>> copyKept(Path previous, CompileManifest before, Path out) throws IOException {
        Map<String, List<String>> classFiles = new java.util.HashMap<>();
        Set<Path> folders = new java.util.HashSet<>();
        boolean link = true;
        for (String kept : keep) {
            List<String> files = before.sources().get(kept).classFiles();
            for (String classFile : files) {
                Path copy = out.resolve(classFile);
                if (copy.getParent() != null && folders.add(copy.getParent())) {
                    Files.createDirectories(copy.getParent());
                }
                link = link && linked(previous.resolve(classFile), copy);
                if (!link) {
                    Files.copy(previous.resolve(classFile), copy, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
            classFiles.put(kept, files);
        }
        return classFiles;
    }

    /**
     * Links {@code copy} to {@code original} (both entries are never written again, so they may share the file):
     * far cheaper than a copy for a thousand files. False where the file system cannot link.
     */
    private static boolean linked(Path original, Path copy) {
        try {
            Files.createLink(copy, original);
            return true;
        } catch (UnsupportedOperationException | IOException | SecurityException e) {
            return false;
        }
    }

    private static ClassFileRefs refs(Path previous, String classFile) throws IOException {
        return ClassFileRefs.read(Files.readAllBytes(previous.resolve(classFile)));
    }

    /** The constants of the new classes of the changed sources, read from {@code out}. */
    public static Set<String> constants(Path out, Map<String, List<String>> classFiles, Set<String> sources)
            throws IOException {
        Set<String> constants = new TreeSet<>();
        for (String source : sources) {
            for (String classFile : classFiles.getOrDefault(source, new ArrayList<>())) {
                constants.addAll(ClassFileRefs.read(Files.readAllBytes(out.resolve(classFile))).constants());
            }
        }
        return constants;
    }
}
