package dev.retort.runtime.load;

import dev.retort.api.Migration;
import dev.retort.api.Revision;
import dev.retort.errors.ErrorKind;
import dev.retort.errors.RetortException;
import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.ScanResult;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiled migrations on the classpath, for applications that migrate at start-up: every class of a
 * package (and its sub-packages) that implements {@link Migration} and carries {@link Revision}. The
 * checksum is that of the class file's bytes.
 */
public final class ClasspathLoader implements MigrationLoader {
    private final String packageName;
    private final ClassLoader classLoader;

    public ClasspathLoader(String packageName, ClassLoader classLoader) {
        this.packageName = packageName;
        this.classLoader = classLoader;
    }

    @Override
    public List<LoadedMigration> load() {
        List<LoadedMigration> out = new ArrayList<>();
        ClassGraph graph = new ClassGraph().overrideClassLoaders(classLoader).enableClassInfo().enableAnnotationInfo();
        // "" is the default package, where 'retort revision' writes migrations: that package alone, not everything
        graph = packageName.isEmpty() ? graph.acceptPackagesNonRecursive("") : graph.acceptPackages(packageName);
        try (ScanResult scan = graph.scan()) {
            for (ClassInfo info : scan.getClassesImplementing(Migration.class.getName())) {
                if (info.isAbstract() || !info.hasAnnotation(Revision.class.getName())) {
                    continue;
                }
                byte[] bytes;
                try {
                    bytes = info.getResource().load();
                } catch (IOException e) {
                    throw new RetortException(ErrorKind.IO, "cannot read class file of " + info.getName(), e);
                }
                Class<?> type;
                try {
                    type = Class.forName(info.getName(), false, classLoader);
                } catch (ClassNotFoundException e) {
                    throw new RetortException(ErrorKind.MIGRATION_SOURCE, "cannot load migration class " + info.getName(), e);
                }
                String[] sums = checksums(info.getName(), bytes);
                out.add(LoadedMigration.of(type, info.getName(), null, sums[0], sums[1]));
            }
        }
        return out;
    }

    /**
     * The checksum of the migration's source when the build packages the {@code .java} file beside the
     * class (then it equals the one the command line records), else of the class file, marked
     * {@link Checksums#CLASS_PREFIX} so that it is only ever compared with another class-file checksum.
     */
    private String[] checksums(String className, byte[] classBytes) {
        String sourceName = className.replace('.', '/') + ".java";
        try (java.io.InputStream in = classLoader.getResourceAsStream(sourceName)) {
            if (in != null) {
                byte[] source = in.readAllBytes();
                return new String[]{Checksums.ofSource(source), Checksums.sha256(source)};
            }
        } catch (IOException e) {
            throw new RetortException(ErrorKind.IO, "cannot read " + sourceName + " from the classpath", e);
        }
        String sum = Checksums.CLASS_PREFIX + Checksums.sha256(classBytes);
        return new String[]{sum, sum};
    }

    @Override
    public String describe() {
        return packageName.isEmpty() ? "the default package" : "package " + packageName;
    }
}
