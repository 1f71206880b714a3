package dev.retort.scan;

import dev.retort.scan.boot.BootedEntities;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;

import java.io.StringWriter;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hibernate's own create script for booted entities, produced by its schema-management tooling (the JPA
 * {@code scripts.action=create} to a {@link java.io.Writer}); no database is touched. Statements end with
 * {@code ;} and a line break, one statement per line.
 */
public final class HibernateDdl {
    private HibernateDdl() {
    }

    /** The create script for {@code booted}. */
    public static String createScript(BootedEntities booted) {
        StringWriter script = new StringWriter();
        Map<String, Object> settings = new HashMap<>(booted.settings());
        settings.put(AvailableSettings.JAKARTA_HBM2DDL_DATABASE_ACTION, "none");
        settings.put(AvailableSettings.JAKARTA_HBM2DDL_SCRIPTS_ACTION, "create");
        settings.put(AvailableSettings.JAKARTA_HBM2DDL_SCRIPTS_CREATE_TARGET, script);
        settings.put(AvailableSettings.HBM2DDL_DELIMITER, ";");
        settings.put(AvailableSettings.FORMAT_SQL, "false");
        settings.put(AvailableSettings.HBM2DDL_SKIP_DEFAULT_IMPORT_FILE, "true");
        settings.put(AvailableSettings.HBM2DDL_IMPORT_FILES, "");
        settings.put(AvailableSettings.HBM2DDL_CREATE_NAMESPACES, "true");
        settings.put(AvailableSettings.HBM2DDL_HALT_ON_ERROR, "true");
        booted.withUserClassLoader(() -> {
            SchemaManagementToolCoordinator.process(booted.metadata(), booted.registry(), settings, null);
            return null;
        });
        return script.toString();
    }

    /** The statements of {@link #createScript(BootedEntities)}, without their delimiters. */
    public static List<String> createStatements(BootedEntities booted) {
        return Arrays.stream(createScript(booted).split(";\\R"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** Boots the entities of {@code request} and returns their create script. */
    public static String createScript(ScanRequest request) {
        try (BootedEntities booted = new EntityScanner().boot(request)) {
            return createScript(booted);
        }
    }
}
