package dev.retort.runtime.load;

import dev.retort.api.Migration;
import dev.retort.api.Revision;
import dev.retort.errors.ErrorKind;
import dev.retort.errors.RetortException;

import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Migration classes given by the application ({@code Retort.Builder#migrations}), for class loaders whose
 * packages cannot be listed, or to name the migrations outright. Checked when given; checksummed as
 * {@link ClasspathLoader} does, through each class's own class loader.
 */
public final class ClassListLoader implements MigrationLoader {
    private final List<Class<? extends Migration>> classes;

    /** @throws RetortException naming the first class that is not a concrete, {@link Revision}-annotated migration */
    public ClassListLoader(List<Class<? extends Migration>> classes) {
        List<Class<? extends Migration>> checked = new ArrayList<>(classes.size());
        for (int i = 0; i < classes.size(); i++) {
            Class<? extends Migration> c = Objects.requireNonNull(classes.get(i), "migration class " + i + " is null");
            String problem = !Migration.class.isAssignableFrom(c) ? "does not implement dev.retort.api.Migration"
                    : c.isInterface() || Modifier.isAbstract(c.getModifiers()) ? "is abstract"
                    : !c.isAnnotationPresent(Revision.class) ? "lacks the @Revision(id = ..., parents = ...) annotation"
                    : null;
            if (problem != null) {
                throw new RetortException(ErrorKind.MIGRATION_SOURCE, "class " + c.getName()
                        + ", given as a migration, " + problem);
            }
            checked.add(c);
        }
        this.classes = List.copyOf(checked);
    }

    @Override
    public List<LoadedMigration> load() {
        List<LoadedMigration> out = new ArrayList<>(classes.size());
        for (Class<? extends Migration> c : classes) {
            ClassLoader loader = c.getClassLoader() != null ? c.getClassLoader() : ClassLoader.getSystemClassLoader();
            ClassChecksum sum = ClassChecksum.of(c.getName(), loader);
            out.add(LoadedMigration.of(c, c.getName(), null, sum.checksum(), sum.legacyChecksum()));
        }
        return out;
    }

    @Override
    public String describe() {
        return classes.size() == 1 ? "the migration class given" : "the " + classes.size() + " migration classes given";
    }
}
