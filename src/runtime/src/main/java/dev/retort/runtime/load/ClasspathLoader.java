package dev.retort.runtime.load;

import dev.retort.api.Migration;
import dev.retort.api.Revision;
import dev.retort.errors.ErrorKind;
import dev.retort.errors.RetortException;

import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiled migrations on the classpath, for applications that migrate at start-up: every top-level class of a
 * package (and its sub-packages; the default package {@code ""} alone) that implements {@link Migration}, is
 * not abstract and carries {@link Revision}, in the order of their names. The classes are found by
 * {@link ClasspathScanner}; only those whose class file mentions {@code @Revision} are loaded, without being
 * initialised. The checksums are {@link ClassChecksum}'s.
 */
public final class ClasspathLoader implements MigrationLoader {
    private static final byte[] REVISION_DESCRIPTOR =
            ("L" + Revision.class.getName().replace('.', '/') + ";").getBytes(StandardCharsets.US_ASCII);

    private final String packageName;
    private final ClassLoader classLoader;

    public ClasspathLoader(String packageName, ClassLoader classLoader) {
        this.packageName = packageName;
        this.classLoader = classLoader;
    }

    @Override
    public List<LoadedMigration> load() {
        List<LoadedMigration> out = new ArrayList<>();
        for (String name : ClasspathScanner.classNames(classLoader, packageName, ClasspathLoader::namesRevision)) {
            Class<?> type = load(name);
            if (isMigration(type)) {
                ClassChecksum sum = ClassChecksum.of(name, classLoader);
                out.add(LoadedMigration.of(type, name, null, sum.checksum(), sum.legacyChecksum()));
            }
        }
        if (out.isEmpty() && packageName.isEmpty()) {
            throw new RetortException(ErrorKind.MIGRATION_SOURCE, "found no migration classes in the default package: "
                    + "it is listed in the classpath's directories and in jars with a META-INF/MANIFEST.MF, not in "
                    + "Spring Boot's BOOT-INF/classes; give the classes with Retort.builder(dataSource).migrations(M1.class, "
                    + "...), or their sources with .migrationsDir(...)");
        }
        return out;
    }

    /**
     * Whether a class file mentions {@code @Revision}'s type descriptor, as every class annotated with it does (in
     * its constant pool): the others are not migrations, and are not loaded.
     */
    static boolean namesRevision(byte[] classFile) {
        outer:
        for (int i = 0, last = classFile.length - REVISION_DESCRIPTOR.length; i <= last; i++) {
            for (int j = 0; j < REVISION_DESCRIPTOR.length; j++) {
                if (classFile[i + j] != REVISION_DESCRIPTOR[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private Class<?> load(String name) {
        try {
            return Class.forName(name, false, classLoader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new RetortException(ErrorKind.MIGRATION_SOURCE, "cannot load class " + name + " of " + describe()
                    + " : " + e + "; it mentions @Revision, so it is taken for a migration: put what it needs on the classpath", e);
        }
    }

    /** A runnable migration class; nested and anonymous ones were mostly left out by name, the rest here. */
    static boolean isMigration(Class<?> type) {
        return Migration.class.isAssignableFrom(type) && !type.isInterface()
                && !Modifier.isAbstract(type.getModifiers()) && type.isAnnotationPresent(Revision.class)
                && !type.isMemberClass() && !type.isLocalClass() && !type.isAnonymousClass();
    }

    @Override
    public String describe() {
        return ClasspathScanner.describe(packageName);
    }
}
