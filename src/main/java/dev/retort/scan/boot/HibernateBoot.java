package dev.retort.scan.boot;

import dev.retort.scan.ScanException;
import dev.retort.scan.ScanRequest;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.boot.spi.MetadataImplementor;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Boots Hibernate's metamodel for the classes in some locations without ever connecting to a database: the
 * JDBC metadata access is switched off and the database product and version are given.
 */
public final class HibernateBoot {
    private static final String ORM_XML = "META-INF/orm.xml";

    private HibernateBoot() {
    }

    public static BootedEntities boot(List<Path> locations, ScanRequest request) {
        HibernateConfiguration configuration = ConfigurationReader.read(locations, request);
        DiscoveredClasses discovered = EntityDiscovery.discover(locations, request.packages());
        if (discovered.entities().isEmpty() && configuration.listedClasses().isEmpty()) {
            String where = request.sourceFolder() != null ? "the entity sources in " + request.sourceFolder()
                    + " (entities.sources)" : locations + " (entities.classes)";
            throw new ScanException("no @Entity classes in " + (request.packages().isEmpty() ? "any package"
                    : "packages " + request.packages() + " (entities.packages)") + " of " + where
                    + "; annotate the entity classes with @jakarta.persistence.Entity or point the settings at them");
        }
        // Hibernate's Environment reads /hibernate.properties once per JVM through the context class loader; load
        // it now, before the user's loader is current, so that no scan's file leaks into global state.
        org.hibernate.cfg.Environment.getProperties();
        URLClassLoader loader = new URLClassLoader("retort-entities", urls(locations),
                HibernateBoot.class.getClassLoader());
        try {
            return ContextClassLoader.with(loader, () -> build(locations, configuration, discovered, loader));
        } catch (RuntimeException | Error e) {
            closeQuietly(loader);
            throw e;
        }
    }

    private static BootedEntities build(List<Path> locations, HibernateConfiguration configuration,
                                        DiscoveredClasses discovered, URLClassLoader loader) {
        BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder().applyClassLoader(loader).build();
        // forJpa: start from our settings only, not from system properties and Environment's hibernate.properties
        StandardServiceRegistry registry = StandardServiceRegistryBuilder.forJpa(bootstrap)
                .applySettings(configuration.settings())
                .build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            Set<String> classes = new LinkedHashSet<>(configuration.listedClasses());
            classes.addAll(discovered.entities());
            classes.addAll(discovered.supporting());
            for (String name : classes) {
                sources.addAnnotatedClass(load(name, loader, locations));
            }
            discovered.annotatedPackages().forEach(sources::addPackage);
            Set<String> mappingFiles = new LinkedHashSet<>(configuration.mappingFiles());
            if (locations.stream().anyMatch(l -> LocationFiles.read(l, ORM_XML).isPresent())) {
                mappingFiles.add(ORM_XML);
            }
            mappingFiles.forEach(sources::addResource);
            Metadata metadata = sources.buildMetadata();
            ((MetadataImplementor) metadata).validate();
            List<String> entities = new ArrayList<>(discovered.entities());
            configuration.listedClasses().stream().filter(c -> !entities.contains(c)
                    && !discovered.supporting().contains(c)).forEach(entities::add);
            entities.sort(null);
            return new BootedEntities(metadata, registry, loader, configuration.settings(), entities);
        } catch (ScanException e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw e;
        } catch (RuntimeException e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw new ScanException("Hibernate rejected the entity mappings in " + locations + ": "
                    + e.getMessage(), e);
        }
    }

    private static Class<?> load(String name, ClassLoader loader, List<Path> locations) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new ScanException("cannot load entity class " + name + " from " + locations + ": " + e, e);
        }
    }

    private static URL[] urls(List<Path> locations) {
        List<URL> urls = new ArrayList<>();
        for (Path location : locations) {
            try {
                urls.add(location.toAbsolutePath().normalize().toUri().toURL());
            } catch (MalformedURLException e) {
                throw new ScanException("class location " + location + " is not a valid path: " + e.getMessage(), e);
            }
        }
        return urls.toArray(URL[]::new);
    }

    private static void closeQuietly(URLClassLoader loader) {
        try {
            loader.close();
        } catch (java.io.IOException e) {
            // nothing left to release
        }
    }
}
