package dev.retort.scan.boot;

import java.util.List;
import java.util.Map;

/**
 * The parts of one {@code <persistence-unit>} of {@code META-INF/persistence.xml} that decide the schema.
 *
 * @param origin the file it was read from, for error messages
 */
public record PersistenceUnit(String name, String origin, List<String> classes, List<String> mappingFiles,
                              Map<String, String> properties) {
    public PersistenceUnit {
        classes = List.copyOf(classes);
        mappingFiles = List.copyOf(mappingFiles);
        properties = Map.copyOf(properties);
    }
}
