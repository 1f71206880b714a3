package dev.retort.diff;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * What the diff compares and what it may emit.
 *
 * @param includeTable         tables to compare; a table it rejects is ignored on both sides (e.g. tables
 *                             another tool owns)
 * @param dropUnknownTables    whether a table the database has and the entities do not is dropped
 * @param dropUnknownSequences whether such a sequence is dropped
 * @param dropUnknownEnumTypes whether such an enum type is dropped
 * @param concurrentIndexes    whether indexes on existing tables are created and dropped {@code CONCURRENTLY}
 *                             (the migration then runs outside a transaction)
 * @param detectRenames        whether a column dropped and one added in the same table that match in all but
 *                             the name become one rename ({@link RenameDetection})
 * @param compareNames         whether a key, constraint or index that differs from the desired one only by its
 *                             name is renamed ({@link NameOnlyChanges}); when false such a difference is no
 *                             change at all (setting {@code compare.constraint-names=false})
 */
public record DiffOptions(Predicate<String> includeTable, boolean dropUnknownTables, boolean dropUnknownSequences,
                          boolean dropUnknownEnumTypes, boolean concurrentIndexes, boolean detectRenames,
                          boolean compareNames) {

    public DiffOptions {
        Objects.requireNonNull(includeTable, "includeTable");
    }

    public DiffOptions(Predicate<String> includeTable, boolean dropUnknownTables, boolean dropUnknownSequences,
                       boolean dropUnknownEnumTypes, boolean concurrentIndexes, boolean detectRenames) {
        this(includeTable, dropUnknownTables, dropUnknownSequences, dropUnknownEnumTypes, concurrentIndexes,
                detectRenames, true);
    }

    /** Whether name-only differences of keys, constraints and indexes become renames (true) or nothing. */
    public DiffOptions withCompareNames(boolean compare) {
        return new DiffOptions(includeTable, dropUnknownTables, dropUnknownSequences, dropUnknownEnumTypes,
                concurrentIndexes, detectRenames, compare);
    }

    /** Compare every table, drop what the entities do not know, create indexes inside the transaction. */
    public static DiffOptions defaults() {
        return new DiffOptions(t -> true, true, true, true, false, true);
    }

    public DiffOptions withIncludeTable(Predicate<String> filter) {
        return new DiffOptions(filter, dropUnknownTables, dropUnknownSequences, dropUnknownEnumTypes,
                concurrentIndexes, detectRenames, compareNames);
    }

    /** Whether to drop tables, sequences and enum types unknown to the entities. */
    public DiffOptions withDropUnknown(boolean drop) {
        return new DiffOptions(includeTable, drop, drop, drop, concurrentIndexes, detectRenames, compareNames);
    }

    public DiffOptions withConcurrentIndexes(boolean concurrent) {
        return new DiffOptions(includeTable, dropUnknownTables, dropUnknownSequences, dropUnknownEnumTypes,
                concurrent, detectRenames, compareNames);
    }

    public DiffOptions withDetectRenames(boolean detect) {
        return new DiffOptions(includeTable, dropUnknownTables, dropUnknownSequences, dropUnknownEnumTypes,
                concurrentIndexes, detect, compareNames);
    }
}
