package dev.retort.runtime.load;

import dev.retort.api.Migration;
import dev.retort.api.Revision;
import dev.retort.errors.ErrorKind;
import dev.retort.errors.RetortException;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * A migration class ready to run, with its {@link Revision} header and the checksum of what it came from.
 *
 * @param source   what to call it in messages: the file path, or the class name for classpath migrations
 * @param file     the source file, or null for classpath migrations
 * @param checksum sha-256 (hex) of the source text ({@link Checksums#ofSource}), or of the class bytes for
 *                 classpath migrations
 * @param legacyChecksum the checksum earlier versions of Retort recorded (of the raw source bytes); a
 *                 version row holding it is unchanged too
 */
public record LoadedMigration(String id, List<String> parents, Set<String> branchLabels, List<String> dependsOn,
                             String message, String created, boolean transactional, boolean irreversible,
                             String source, Path file, String checksum, Class<? extends Migration> type,
                             String legacyChecksum) {

    public LoadedMigration(String id, List<String> parents, Set<String> branchLabels, List<String> dependsOn,
                           String message, String created, boolean transactional, boolean irreversible,
                           String source, Path file, String checksum, Class<? extends Migration> type) {
        this(id, parents, branchLabels, dependsOn, message, created, transactional, irreversible, source, file,
                checksum, type, checksum);
    }

    /** Whether {@code recorded}, a version row's checksum, says this migration is unchanged. */
    public boolean matches(String recorded) {
        return checksum.equals(recorded) || legacyChecksum.equals(recorded);
    }

    public LoadedMigration {
        legacyChecksum = legacyChecksum == null ? checksum : legacyChecksum;
        parents = List.copyOf(parents);
        branchLabels = Set.copyOf(branchLabels);
        dependsOn = List.copyOf(dependsOn);
    }

    /** Reads the header of a loaded class; fails, naming the source, when it is not a proper migration. */
    public static LoadedMigration of(Class<?> type, String source, Path file, String checksum) {
        return of(type, source, file, checksum, checksum);
    }

    /** {@link #of(Class, String, Path, String)} with the checksum earlier versions recorded. */
    public static LoadedMigration of(Class<?> type, String source, Path file, String checksum, String legacyChecksum) {
        if (!Migration.class.isAssignableFrom(type)) {
            throw invalid(source, file, "class " + type.getName() + " does not implement dev.retort.api.Migration");
        }
        Revision r = type.getAnnotation(Revision.class);
        if (r == null) {
            throw invalid(source, file, "class " + type.getName() + " lacks the @Revision(id = ..., parents = ...) annotation");
        }
        try {
            type.getConstructor();
        } catch (NoSuchMethodException e) {
            throw invalid(source, file, "class " + type.getName() + " needs a public no-argument constructor");
        }
        @SuppressWarnings("unchecked")
        Class<? extends Migration> migration = (Class<? extends Migration>) type;
        return new LoadedMigration(r.id(), List.of(r.parents()), Set.of(r.branchLabels()), List.of(r.dependsOn()),
                r.message(), r.created(), r.transactional(), r.irreversible(), source, file, checksum, migration,
                legacyChecksum);
    }

    public Migration newInstance() {
        try {
            return type.getConstructor().newInstance();
        } catch (InvocationTargetException e) {
            throw new RetortException(ErrorKind.MIGRATION_FAILED, "constructor of migration " + id + " (" + source
                    + ") failed: " + e.getCause(), file, List.of(id), null, e.getCause());
        } catch (ReflectiveOperationException e) {
            throw invalid(source, file, "cannot instantiate " + type.getName() + ": " + e);
        }
    }

    private static RetortException invalid(String source, Path file, String why) {
        return new RetortException(ErrorKind.MIGRATION_SOURCE, source + ": " + why, file, List.of(), null, null);
    }
}
