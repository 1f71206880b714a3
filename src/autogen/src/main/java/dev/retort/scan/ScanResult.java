package dev.retort.scan;

import dev.retort.model.SchemaModel;

import java.util.List;

/**
 * The desired schema as Hibernate maps the scanned entities.
 *
 * @param model         the schema; tables and sequences of the default schema carry bare names, those of other
 *                      schemas are named {@code schema.name}
 * @param defaultSchema the schema Hibernate puts unqualified tables in ({@code hibernate.default_schema}), or null
 *                      for the connection's search path
 * @param entityClasses names of the {@code @Entity} classes found, sorted
 */
public record ScanResult(SchemaModel model, String defaultSchema, List<String> entityClasses) {
    public ScanResult {
        entityClasses = List.copyOf(entityClasses);
    }
}
