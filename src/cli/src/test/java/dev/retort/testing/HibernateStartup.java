package dev.retort.testing;

import dev.retort.scan.EntityScanner;
import dev.retort.scan.ScanRequest;
import dev.retort.scan.boot.ConfigurationReader;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.postgresql.ds.PGSimpleDataSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * An application's own Hibernate start-up: a real {@link SessionFactory} on a {@code DataSource} of a test
 * database, with {@code hibernate.hbm2ddl.auto} as given, over compiled entity classes and the application's
 * libraries (for example hibernate-validator), loaded by their own class loader that is also the thread's
 * context class loader, as in an application server or a Spring Boot fat jar.
 */
public final class HibernateStartup {
    private HibernateStartup() {
    }

    /**
     * Starts Hibernate on {@code jdbcUrl} with {@code hbm2ddl.auto = action} and the entities in
     * {@code classes}, runs {@code work} with the session factory, and closes it (the schema stays).
     */
    public static void run(String jdbcUrl, String action, Path classes, List<Path> libraries,
                           Map<String, Object> settings, Consumer<SessionFactory> work) {
        List<URL> urls = new ArrayList<>();
        urls.add(url(classes));
        libraries.forEach(l -> urls.add(url(l)));
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader("application", urls.toArray(URL[]::new),
                HibernateStartup.class.getClassLoader())) {
            thread.setContextClassLoader(loader);
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setUrl(jdbcUrl);
            Map<String, Object> all = new HashMap<>(settings);
            all.put(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, dataSource);
            all.put(AvailableSettings.HBM2DDL_AUTO, action);
            BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder().applyClassLoader(loader).build();
            StandardServiceRegistry registry = new StandardServiceRegistryBuilder(bootstrap).applySettings(all).build();
            MetadataSources sources = new MetadataSources(registry);
            for (String name : classNames(classes)) {
                Class<?> type = Class.forName(name, false, loader);
                if (type.isAnnotationPresent(jakarta.persistence.Entity.class)
                        || type.isAnnotationPresent(jakarta.persistence.MappedSuperclass.class)
                        || type.isAnnotationPresent(jakarta.persistence.Embeddable.class)
                        || type.isAnnotationPresent(jakarta.persistence.Converter.class)) {
                    sources.addAnnotatedClass(type);
                }
            }
            try (SessionFactory factory = sources.buildMetadata().buildSessionFactory()) {
                work.accept(factory);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /**
     * Starts Hibernate with {@code hbm2ddl.auto = action} on {@code jdbcUrl} for the entities of a scan request,
     * as the application those entities come from would: the same classes, class path, configuration files and
     * naming strategies, its dialect found from the connection.
     */
    public static void run(ScanRequest request, String jdbcUrl, String action) {
        List<Path> locations = EntityScanner.locations(request);
        if (locations.size() != 1) {
            throw new IllegalArgumentException("one classes folder expected, got " + locations);
        }
        Map<String, Object> settings = new HashMap<>(ConfigurationReader.read(locations, request).settings());
        for (String offline : List.of(AvailableSettings.ALLOW_METADATA_ON_BOOT, AvailableSettings.JAKARTA_HBM2DDL_DB_NAME,
                AvailableSettings.JAKARTA_HBM2DDL_DB_MAJOR_VERSION, AvailableSettings.JAKARTA_HBM2DDL_DB_MINOR_VERSION)) {
            settings.remove(offline);
        }
        run(jdbcUrl, action, locations.get(0), request.classpath(), settings, f -> { });
    }

    private static List<String> classNames(Path classes) throws IOException {
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().contains("$")
                            && !f.getFileName().toString().equals("package-info.class"))
                    .map(f -> classes.relativize(f).toString().replace('/', '.').replace('\\', '.')
                            .replaceAll("\\.class$", ""))
                    .sorted().toList();
        }
    }

    private static URL url(Path path) {
        try {
            return path.toAbsolutePath().toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(path.toString(), e);
        }
    }
}
