package dev.retort.scan.boot;

import java.util.List;

/**
 * An entity booted only as the target of associations: its name, table and identifier, with no other attribute,
 * so that Hibernate does not need the classes it names in turn. Made as a class of that name with only these
 * annotations ({@link StandInClasses}), which the boot's class loader gives in place of the entity's own. The names
 * are as Hibernate holds them after naming (a quoted one in backticks); a boot that uses stand-ins is checked
 * against the boot they come from ({@code dev.retort.autogen.IncrementalScan}).
 *
 * @param className   the entity class
 * @param entityName  its JPA entity name
 * @param schema      its table's schema, empty for the default one
 * @param table       its table
 * @param idAttribute the field that holds its identifier
 * @param idColumn    the identifier's column
 * @param idType      the identifier field's type: a primitive or a class of the JDK ({@code java.lang.Long})
 */
public record StandIn(String className, String entityName, String schema, String table, String idAttribute,
                      String idColumn, String idType) {

    public StandIn {
        schema = schema == null ? "" : schema;
        for (String part : List.of(className, entityName, table, idAttribute, idColumn, idType)) {
            if (part == null || part.isEmpty()) {
                throw new IllegalArgumentException("a stand-in needs every name: " + className);
            }
        }
    }
}
