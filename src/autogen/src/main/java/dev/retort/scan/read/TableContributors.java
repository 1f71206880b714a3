package dev.retort.scan.read;

import org.hibernate.boot.Metadata;
import org.hibernate.mapping.Collection;
import org.hibernate.mapping.Join;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Table;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which entity classes map something into each created table: the entity of the table, every subclass of a
 * single-table hierarchy, the entity of a secondary table, and the owner of a collection attribute whose table
 * or foreign key column the table is (a join table, a collection table, the target's table of a unidirectional
 * {@code @OneToMany @JoinColumn}). A table's definition follows from these classes and the classes they name.
 */
public final class TableContributors {
    private TableContributors() {
    }

    /**
     * The contributors of each created table, by {@link #key}; a table nothing maps (an auxiliary object) has an
     * empty set.
     */
    static Map<String, Set<String>> of(ReadContext context) {
        Metadata metadata = context.metadata();
        Map<Table, Set<String>> byTable = new IdentityHashMap<>();
        for (PersistentClass entity : metadata.getEntityBindings()) {
            add(byTable, entity.getTable(), entity.getClassName());
            for (Join join : entity.getJoins()) {
                add(byTable, join.getTable(), entity.getClassName());
            }
        }
        for (Collection collection : metadata.getCollectionBindings()) {
            add(byTable, collection.getCollectionTable(), collection.getOwner().getClassName());
        }
        Map<String, Set<String>> out = new TreeMap<>();
        for (var namespace : metadata.getDatabase().getNamespaces()) {
            for (Table table : namespace.getTables()) {
                if (TableReader.isCreated(table)) {
                    out.put(key(context.schemaOf(table), context.tableName(table)),
                            Set.copyOf(byTable.getOrDefault(table, Set.of())));
                }
            }
        }
        return out;
    }

    /** The schema (empty for the connection's) and the table's name, with a separator no name holds. */
    public static String key(String schema, String table) {
        return (schema == null ? "" : schema) + "\u001f" + table;
    }

    private static void add(Map<Table, Set<String>> byTable, Table table, String className) {
        if (table != null && className != null) {
            byTable.computeIfAbsent(table, t -> new TreeSet<>()).add(className);
        }
    }
}
