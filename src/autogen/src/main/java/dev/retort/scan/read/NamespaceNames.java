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

    void takeRelation(String name) {
        relations.add(name);
    }

    void takeConstraint(String name) {
        constraints.add(name);
    }

    /** An index-backed constraint's name (primary key, unique): free among relations and constraints. */
    String chooseIndexConstraint(String table, String addition, String label) {
        String name = choose(table, addition, label, candidate -> relations.contains(candidate)
                || constraints.contains(candidate));
        relations.add(name);
        constraints.add(name);
        return name;
    }

    /** A relation's name, such as an identity column's sequence: free among relations. */
    String chooseRelation(String table, String addition, String label) {
        String name = choose(table, addition, label, relations::contains);
        relations.add(name);
        return name;
    }

    /** A check constraint's name ({@code column} may be null): free among the schema's constraints. */
    String chooseCheck(String table, String column) {
        String name = choose(table, column, "check", constraints::contains);
        constraints.add(name);
        return name;
    }

    private static String choose(String name1, String name2, String label,
                                 java.util.function.Predicate<String> taken) {
        int pass = 0;
        String candidate = PgNaming.makeObjectName(name1, name2, label);
        while (taken.test(candidate)) {
            candidate = PgNaming.makeObjectName(name1, name2, label + (++pass));
        }
        return candidate;
    }
}
