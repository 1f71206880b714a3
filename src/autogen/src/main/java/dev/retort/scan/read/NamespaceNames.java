package dev.retort.scan.read;

import java.util.HashSet;
import java.util.Set;

/**
 * The relation names (tables, sequences, indexes) and constraint names already taken in one schema, in the
 * order Hibernate's create script takes them, so that names PostgreSQL invents for unnamed objects can be
 * predicted the way {@code ChooseRelationName} and {@code ChooseConstraintName} pick them: the first of
 * {@code label}, {@code label1}, {@code label2}, ... that is still free.
 */
final class NamespaceNames {
    private final Set<String> relations = new HashSet<>();
    private final Set<String> constraints = new HashSet<>();
    private final java.util.Map<String, Set<String>> byOwner;
    private boolean collided;
    private String owner = "";

    NamespaceNames() {
        this(new java.util.HashMap<>());
    }

    /** @param byOwner where to record the names each owner takes ({@link #owner}) */
    NamespaceNames(java.util.Map<String, Set<String>> byOwner) {
        this.byOwner = byOwner;
    }

    /** The object whose names are taken next ({@link #takenBy}): a table's key, or empty for the schema's own. */
    void owner(String key) {
        owner = key;
    }

    void takeRelation(String name) {
        collided |= !relations.add(name);
        record(name);
    }

    void takeConstraint(String name) {
        collided |= !constraints.add(name);
        record(name);
    }

    private void record(String name) {
        byOwner.computeIfAbsent(owner, o -> new java.util.TreeSet<>()).add(name);
    }

    /**
     * Whether any name met one taken before it: a name given twice, or a name PostgreSQL will invent with a number
     * ({@code label1}) because its first choice was taken. The names of a schema without such a meeting do not
     * depend on the order, nor on which other tables are read with them ({@code dev.retort.autogen.IncrementalScan}).
     */
    boolean collided() {
        return collided;
    }

    /** An index-backed constraint's name (primary key, unique): free among relations and constraints. */
    String chooseIndexConstraint(String table, String addition, String label) {
        String name = choose(table, addition, label, candidate -> relations.contains(candidate)
                || constraints.contains(candidate));
        relations.add(name);
        constraints.add(name);
        record(name);
        return name;
    }

    /** A relation's name, such as an identity column's sequence: free among relations. */
    String chooseRelation(String table, String addition, String label) {
        String name = choose(table, addition, label, relations::contains);
        relations.add(name);
        record(name);
        return name;
    }

    /** A check constraint's name ({@code column} may be null): free among the schema's constraints. */
    String chooseCheck(String table, String column) {
        String name = choose(table, column, "check", constraints::contains);
        constraints.add(name);
        record(name);
        return name;
    }

    private String choose(String name1, String name2, String label,
                                 java.util.function.Predicate<String> taken) {
        int pass = 0;
        String candidate = PgNaming.makeObjectName(name1, name2, label);
        while (taken.test(candidate)) {
            collided = true;
            candidate = PgNaming.makeObjectName(name1, name2, label + (++pass));
        }
        return candidate;
    }
}
