package dev.retort.scan.boot;

import java.util.List;
import java.util.Map;

/**
 * The Hibernate settings for an offline boot, and what the configuration files add to the entity list.
 *
 * @param settings      settings for the service registry; never any that would open a connection
 * @param listedClasses classes a persistence unit lists explicitly
 * @param mappingFiles  {@code orm.xml}-style mapping resources to add
 * @param origins       the configuration files read, for messages
 * @param schemaAction  the schema action the configuration files give Hibernate's start-up
 *                      ({@code jakarta.persistence.schema-generation.database.action}, else
 *                      {@code hibernate.hbm2ddl.auto}); not passed to the boot, but it decides the column order;
 *                      null when none is set
 */
public record HibernateConfiguration(Map<String, Object> settings, List<String> listedClasses,
                                     List<String> mappingFiles, List<String> origins, String schemaAction) {
    public HibernateConfiguration {
        settings = Map.copyOf(settings);
        listedClasses = List.copyOf(listedClasses);
        mappingFiles = List.copyOf(mappingFiles);
        origins = List.copyOf(origins);
    }

    public HibernateConfiguration(Map<String, Object> settings, List<String> listedClasses,
                                  List<String> mappingFiles, List<String> origins) {
        this(settings, listedClasses, mappingFiles, origins, null);
    }

    /**
     * Whether Hibernate's start-up orders the columns: when it creates the tables, which Retort's migrations
     * stand in for, so unless the configured action is {@code update}, the only other action that creates
     * tables (and the only one that leaves them in mapping order).
     */
    public boolean ordersColumns() {
        return schemaAction == null || !schemaAction.trim().equalsIgnoreCase("update");
    }
}
