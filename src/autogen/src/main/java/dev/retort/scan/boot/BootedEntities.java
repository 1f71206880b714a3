package dev.retort.scan.boot;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

import java.io.IOException;
import java.net.URLClassLoader;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Hibernate's boot metamodel of the scanned entities, with the service registry and the class loader that
 * hold the user's classes. Close it when done: that releases the registry and the class loader.
 */
public final class BootedEntities implements AutoCloseable {
    private final Metadata metadata;
    private final StandardServiceRegistry registry;
    private final URLClassLoader classLoader;
    private final Map<String, Object> settings;
    private final List<String> entityClasses;

    BootedEntities(Metadata metadata, StandardServiceRegistry registry, URLClassLoader classLoader,
                   Map<String, Object> settings, List<String> entityClasses) {
        this.metadata = metadata;
        this.registry = registry;
        this.classLoader = classLoader;
        this.settings = Map.copyOf(settings);
        this.entityClasses = List.copyOf(entityClasses);
    }

    public Metadata metadata() {
        return metadata;
    }

    public StandardServiceRegistry registry() {
        return registry;
    }

    /** The settings the registry was built with. */
    public Map<String, Object> settings() {
        return settings;
    }

    /** The {@code @Entity} classes found, sorted. */
    public List<String> entityClasses() {
        return entityClasses;
    }

    /** Runs {@code work} with the user's class loader as the thread's context class loader. */
    public <T> T withUserClassLoader(Supplier<T> work) {
        return ContextClassLoader.with(classLoader, work);
    }

    @Override
    public void close() {
        try {
            StandardServiceRegistryBuilder.destroy(registry);
        } finally {
            try {
                classLoader.close();
            } catch (IOException e) {
                // nothing left to release
            }
        }
    }
}
