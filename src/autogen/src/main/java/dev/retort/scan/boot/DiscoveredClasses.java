package dev.retort.scan.boot;

import java.util.List;

/**
 * Managed classes found in the class locations.
 *
 * @param entities           {@code @Entity} classes
 * @param supporting         {@code @Embeddable}, {@code @MappedSuperclass} and {@code @Converter} classes
 * @param annotatedPackages  packages whose {@code package-info} carries annotations (generators, filters, ...)
 */
public record DiscoveredClasses(List<String> entities, List<String> supporting, List<String> annotatedPackages) {
    public DiscoveredClasses {
        entities = List.copyOf(entities);
        supporting = List.copyOf(supporting);
        annotatedPackages = List.copyOf(annotatedPackages);
    }
}
