package dev.retort.scan.read;

import org.hibernate.boot.Metadata;
import org.hibernate.mapping.Collection;
import org.hibernate.mapping.Join;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Table;

/** What maps a table, for messages: the entity, its secondary table, or the collection attribute. */
final class TableOwners {
    private TableOwners() {
    }

    /**
     * {@code table report (entity scenario.Report, @Table)}, {@code ... (attribute scenario.Report.tags,
     * @JoinTable or @CollectionTable)}, or just the table when nothing maps it (an auxiliary table).
     */
    static String describe(Metadata metadata, Table table) {
        String name = "table " + table.getName();
        for (PersistentClass entity : metadata.getEntityBindings()) {
            if (entity.getTable() == table) {
                return name + " (entity " + entity.getEntityName() + ", @Table)";
            }
            for (Join join : entity.getJoins()) {
                if (join.getTable() == table) {
                    return name + " (entity " + entity.getEntityName() + ", @SecondaryTable)";
                }
            }
        }
        for (Collection collection : metadata.getCollectionBindings()) {
            if (collection.getCollectionTable() == table) {
                return name + " (attribute " + collection.getRole() + ", @JoinTable or @CollectionTable)";
            }
        }
        return name;
    }
}
