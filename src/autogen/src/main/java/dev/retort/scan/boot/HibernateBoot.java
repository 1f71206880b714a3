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
        return boot(locations, request, configuration, EntityDiscovery.discover(locations, request.packages()));
    }

    /**
     * Hibernate's metamodel of only the {@code discovered} classes: some {@code @Entity} classes of the locations,
     * with every embeddable, mapped superclass, converter and annotated package of the locations, in the
     * request's packages, as {@link EntityDiscovery} finds them; empty when the mappings do not come from the
     * classes alone: the configuration lists classes or mapping files, or the locations have an {@code orm.xml}.
     * Used by {@code dev.retort.autogen.IncrementalScan}, which chooses the classes so that the tables it takes
     * from the result are mapped as in a boot of every class, and finds them in the class files it has read
     * anyway. The {@code standIns} are mapped only as the targets of associations ({@link StandIn}): none of them
     * is among the entities.
     */
    public static java.util.Optional<BootedEntities> bootOnly(List<Path> locations, ScanRequest request,
                                                             DiscoveredClasses discovered,
                                                             java.util.Collection<StandIn> standIns) {
        HibernateConfiguration configuration = ConfigurationReader.read(locations, request);
        if (!configuration.listedClasses().isEmpty() || !configuration.mappingFiles().isEmpty()
                || locations.stream().anyMatch(l -> LocationFiles.read(l, ORM_XML).isPresent())) {
            return java.util.Optional.empty();
        }
        if (discovered.entities().isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(boot(locations, request, configuration, discovered, List.copyOf(standIns)));
    }

    /**
     * Boots Retort's own warm-up entities ({@link dev.retort.scan.boot.warmup}) and a stand-in with the request's
     * settings, hands them to {@code alsoRead} and closes them: run on a thread of its own while a scan reads its
     * inputs, it loads and initialises the classes of Hibernate's boot (and compiles its busiest code) before the
     * real boot needs them. Its result is thrown away, and so is any failure.
     */
    public static void warmUp(ScanRequest request, java.util.function.Consumer<BootedEntities> alsoRead) {
        String warmUp = "dev.retort.scan.boot.warmup.";
        StandIn standIn = new StandIn("retort.warmup.WarmUpStandIn", "RetortWarmUpStandIn", "",
                "retort_warm_up_stand_in", "id", "id", "java.lang.Long");
        try (BootedEntities booted = boot(List.of(), request, ConfigurationReader.read(List.of(), request),
                new DiscoveredClasses(List.of(warmUp + "WarmUpCustomer", warmUp + "WarmUpOrder"),
                        List.of(warmUp + "WarmUpAddress"), List.of()), List.of(standIn))) {
            alsoRead.accept(booted);
        }
    }

    private static BootedEntities boot(List<Path> locations, ScanRequest request, HibernateConfiguration configuration,
                                       DiscoveredClasses discovered) {
        return boot(locations, request, configuration, discovered, List.of());
    }

    private static BootedEntities boot(List<Path> locations, ScanRequest request, HibernateConfiguration configuration,
                                       DiscoveredClasses discovered, List<StandIn> standIns) {
        if (discovered.entities().isEmpty() && configuration.listedClasses().isEmpty() && standIns.isEmpty()) {
            String where = request.sourceFolder() != null ? "the entity sources in " + request.sourceFolder()
                    + " (entities.sources)" : locations + " (entities.classes)";
            throw new ScanException("no @Entity classes in " + (request.packages().isEmpty() ? "any package"
                    : "packages " + request.packages() + " (entities.packages)") + " of " + where
                    + "; annotate the entity classes with @jakarta.persistence.Entity or point the settings at them");
        }
        // Hibernate's Environment reads /hibernate.properties once per JVM through the context class loader; load
        // it now, before the user's loader is current, so that no scan's file leaks into global state.
        org.hibernate.cfg.Environment.getProperties();
        List<Path> classPath = new ArrayList<>(locations);
        classPath.addAll(request.classpath());
        URLClassLoader loader = standIns.isEmpty()
                ? new URLClassLoader("retort-entities", urls(classPath), HibernateBoot.class.getClassLoader())
                : new StandInLoader(urls(classPath), HibernateBoot.class.getClassLoader(), standIns.stream()
                        .collect(java.util.stream.Collectors.toMap(StandIn::className, s -> s)));
        try {
            return ContextClassLoader.with(loader, () -> build(locations, where(locations, request), configuration,
                    discovered, standIns, loader));
        } catch (RuntimeException | Error e) {
            closeQuietly(loader);
            throw e;
        }
    }

    /** Where the entities come from, as the user named it: the source folder, not the compile cache. */
    private static String where(List<Path> locations, ScanRequest request) {
        return request.sourceFolder() != null ? request.sourceFolder() + " (entities.sources)"
                : locations + " (entities.classes)";
    }

    private static BootedEntities build(List<Path> locations, String where, HibernateConfiguration configuration,
                                        DiscoveredClasses discovered, List<StandIn> standIns, URLClassLoader loader) {
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
                sources.addAnnotatedClass(load(name, loader, where));
            }
            discovered.annotatedPackages().forEach(sources::addPackage);
            Set<String> mappingFiles = new LinkedHashSet<>(configuration.mappingFiles());
            if (locations.stream().anyMatch(l -> LocationFiles.read(l, ORM_XML).isPresent())) {
                mappingFiles.add(ORM_XML);
            }
            mappingFiles.forEach(sources::addResource);
            for (StandIn s : standIns) {
                sources.addAnnotatedClass(load(s.className(), loader, where));
            }
            Metadata metadata = sources.buildMetadata();
            SessionFactoryStartup.apply((MetadataImplementor) metadata, registry, loader,
                    configuration.ordersColumns());
            List<String> entities = new ArrayList<>(discovered.entities());
            configuration.listedClasses().stream().filter(c -> !entities.contains(c)
                    && !discovered.supporting().contains(c)).forEach(entities::add);
            entities.sort(null);
            return new BootedEntities(metadata, registry, loader, configuration.settings(), entities);
        } catch (ScanException e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw e;
        } catch (RuntimeException | LinkageError e) {
            StandardServiceRegistryBuilder.destroy(registry);
            throw MissingClass.in(e)
                    .map(name -> new ScanException(MissingClass.message(name, where), e))
                    .orElseGet(() -> new ScanException("Hibernate rejected the entity mappings in " + where + ": "
                            + rootMessage(e), e));
        }
    }

    private static Class<?> load(String name, ClassLoader loader, String where) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw MissingClass.in(e).filter(missing -> !missing.equals(name))
                    .map(missing -> new ScanException("entity class " + name + ": " + MissingClass.message(missing,
                            where), e))
                    .orElseGet(() -> new ScanException("cannot load entity class " + name + " from " + where + ": "
                            + e, e));
        }
    }

    /**
     * The first message in {@code failure}'s causes that says something of its own: reflection and Hibernate wrap
     * the real failure in exceptions whose message is only the wrapped exception's name.
     */
    private static String rootMessage(Throwable failure) {
        java.util.Set<Throwable> seen = new java.util.HashSet<>();
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && !message.isBlank()
                    && (t.getCause() == null || !message.equals(t.getCause().toString()))) {
                return message;
            }
        }
        return String.valueOf(failure);
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
