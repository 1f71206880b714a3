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
 */
public record HibernateConfiguration(Map<String, Object> settings, List<String> listedClasses,
                                     List<String> mappingFiles, List<String> origins) {
    public HibernateConfiguration {
        settings = Map.copyOf(settings);
        listedClasses = List.copyOf(listedClasses);
        mappingFiles = List.copyOf(mappingFiles);
        origins = List.copyOf(origins);
    }
}
