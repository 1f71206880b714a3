package dev.retort.scan.boot;

import java.util.List;

/**
 * An entity booted only as the target of associations: its name, table and identifier, with no other attribute,
 * so that Hibernate does not need the classes it names in turn. Written as a {@code metadata-complete} entity of an
 * {@code orm.xml} ({@link StandInMapping}). The names are as Hibernate holds them after naming (a quoted one in
 * backticks); a boot that uses stand-ins is checked against the boot they come from
 * ({@code dev.retort.autogen.IncrementalScan}).
 *
 * @param className   the entity class
 * @param entityName  its JPA entity name
 * @param schema      its table's schema, empty for the default one
 * @param table       its table
 * @param idAttribute the field that holds its identifier
 * @param idColumn    the identifier's column
 */
public record StandIn(String className, String entityName, String schema, String table, String idAttribute,
                      String idColumn) {

    public StandIn {
        schema = schema == null ? "" : schema;
        for (String part : List.of(className, entityName, table, idAttribute, idColumn)) {
            if (part == null || part.isEmpty()) {
                throw new IllegalArgumentException("a stand-in needs every name: " + className);
            }
        }
    }
}
