package dev.retort.scan.boot;

import dev.retort.scan.ScanException;
import dev.retort.scan.ScanRequest;
import dev.retort.scan.naming.NamingStrategies;
import org.hibernate.cfg.AvailableSettings;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Builds the settings of an offline Hibernate boot from, lowest precedence first: {@code hibernate.properties}
 * and {@code META-INF/persistence.xml} in the class locations, the request's properties, and the request's
 * naming strategies. Settings that would connect to a database, pick another dialect or run schema tooling are
 * dropped; the database product and version always come from the request.
 */
public final class ConfigurationReader {
    public static final String HIBERNATE_PROPERTIES = "hibernate.properties";

    private static final List<String> DROPPED_PREFIXES = List.of(
            "hibernate.connection", "jakarta.persistence.jdbc", "javax.persistence.jdbc",
            "jakarta.persistence.jtaDataSource", "jakarta.persistence.nonJtaDataSource",
            "javax.persistence.jtaDataSource", "javax.persistence.nonJtaDataSource",
            "hibernate.hbm2ddl", "jakarta.persistence.schema-generation", "javax.persistence.schema-generation",
            "jakarta.persistence.create-database-schemas", "javax.persistence.create-database-schemas",
            "jakarta.persistence.database-", "javax.persistence.database-", "hibernate.dialect",
            "hibernate.boot.allow_jdbc_metadata_access", "hibernate.temp.use_jdbc_metadata_defaults");

    private ConfigurationReader() {
    }

    public static HibernateConfiguration read(List<Path> locations, ScanRequest request) {
        Map<String, Object> settings = new LinkedHashMap<>();
        Map<String, String> dropped = new LinkedHashMap<>();
        List<String> origins = new ArrayList<>();
        List<String> classes = new ArrayList<>();
        List<String> mappingFiles = new ArrayList<>();

        for (Path location : locations) {
            LocationFiles.read(location, HIBERNATE_PROPERTIES).ifPresent(found -> {
                origins.add(found.origin());
                putAll(settings, dropped, properties(found));
            });
        }
        List<PersistenceUnit> units = new ArrayList<>();
        List<String> xmlOrigins = new ArrayList<>();
        for (Path location : locations) {
            LocationFiles.read(location, PersistenceXml.RESOURCE).ifPresent(found -> {
                xmlOrigins.add(found.origin());
                units.addAll(PersistenceXml.parse(found.origin(), found.bytes()));
            });
        }
        if (!xmlOrigins.isEmpty()) {
            PersistenceUnit unit = PersistenceXml.select(units, request.persistenceUnit(), String.join(", ", xmlOrigins));
            origins.add(unit.origin());
            putAll(settings, dropped, unit.properties());
            classes.addAll(unit.classes());
            mappingFiles.addAll(unit.mappingFiles());
        } else if (request.persistenceUnit() != null) {
            throw new ScanException("persistence unit '" + request.persistenceUnit() + "' was asked for, but no "
                    + PersistenceXml.RESOURCE + " is in " + locations);
        }
        putAll(settings, dropped, request.properties());
        if (request.physicalNamingStrategy() != null) {
            settings.put(AvailableSettings.PHYSICAL_NAMING_STRATEGY, request.physicalNamingStrategy());
        }
        if (request.implicitNamingStrategy() != null) {
            settings.put(AvailableSettings.IMPLICIT_NAMING_STRATEGY, request.implicitNamingStrategy());
        }
        settings.computeIfPresent(AvailableSettings.PHYSICAL_NAMING_STRATEGY,
                (k, v) -> NamingStrategies.physical(v.toString()));
        settings.computeIfPresent(AvailableSettings.IMPLICIT_NAMING_STRATEGY,
                (k, v) -> NamingStrategies.implicit(v.toString()));

        settings.put(AvailableSettings.ALLOW_METADATA_ON_BOOT, "false");
        settings.put(AvailableSettings.JAKARTA_HBM2DDL_DB_NAME, "PostgreSQL");
        settings.put(AvailableSettings.JAKARTA_HBM2DDL_DB_MAJOR_VERSION, Integer.toString(request.databaseMajorVersion()));
        settings.put(AvailableSettings.JAKARTA_HBM2DDL_DB_MINOR_VERSION, Integer.toString(request.databaseMinorVersion()));
        return new HibernateConfiguration(settings, classes, mappingFiles, origins, schemaAction(dropped));
    }

    private static Map<String, String> properties(LocationFiles.Found found) {
        Properties properties = new Properties();
        try {
            properties.load(new ByteArrayInputStream(found.bytes()));
        } catch (IOException | IllegalArgumentException e) {
            throw new ScanException("cannot read " + found.origin() + ": " + e.getMessage(), e);
        }
        Map<String, String> out = new LinkedHashMap<>();
        properties.stringPropertyNames().stream().sorted().forEach(k -> out.put(k, properties.getProperty(k).trim()));
        return out;
    }

    private static void putAll(Map<String, Object> settings, Map<String, String> dropped, Map<String, String> more) {
        more.forEach((key, value) -> {
            if (DROPPED_PREFIXES.stream().noneMatch(key::startsWith)) {
                settings.put(key, value);
            } else {
                dropped.put(key, value);
            }
        });
    }

    /** The database action of the configured start-up, in Hibernate's precedence. */
    private static String schemaAction(Map<String, String> dropped) {
        for (String key : List.of(AvailableSettings.JAKARTA_HBM2DDL_DATABASE_ACTION,
                "javax.persistence.schema-generation.database.action", AvailableSettings.HBM2DDL_AUTO)) {
            String value = dropped.get(key);
            if (value != null && !value.isBlank()) {
                return value.trim();
            }
        }
        return null;
    }
}
