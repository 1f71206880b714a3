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
 * @param detectRenames        whether tables and columns may be renamed at all ({@link RenameDetection}); when
 *                             false, hints and questions are ignored
 * @param compareNames         whether a key, constraint or index that differs from the desired one only by its
 *                             name is renamed ({@link NameOnlyChanges}); when false such a difference is no
 *                             change at all (setting {@code compare.constraint-names=false})
 * @param renames              which dropped and added tables and columns are renames: hints, and a question for
 *                             the candidates ({@link Renames}); without either, none is
 */
public record DiffOptions(Predicate<String> includeTable, boolean dropUnknownTables, boolean dropUnknownSequences,
                          boolean dropUnknownEnumTypes, boolean concurrentIndexes, boolean detectRenames,
                          boolean compareNames, Renames renames) {

    public DiffOptions {
        Objects.requireNonNull(includeTable, "includeTable");
        renames = renames == null ? Renames.none() : renames;
    }

    public DiffOptions(Predicate<String> includeTable, boolean dropUnknownTables, boolean dropUnknownSequences,
                       boolean dropUnknownEnumTypes, boolean concurrentIndexes, boolean detectRenames) {
        this(includeTable, dropUnknownTables, dropUnknownSequences, dropUnknownEnumTypes, concurrentIndexes,
                detectRenames, true, Renames.none());
    }

    /** Compare every table, drop what the entities do not know, create indexes inside the transaction. */
    public static DiffOptions defaults() {
        return new DiffOptions(t -> true, true, true, true, false, true);
    }

    /** The same options deciding renames by {@code newRenames}. */
    public DiffOptions withRenames(Renames newRenames) {
        return new DiffOptions(includeTable, dropUnknownTables, dropUnknownSequences, dropUnknownEnumTypes,
                concurrentIndexes, detectRenames, compareNames, newRenames);
    }

    /** Whether name-only differences of keys, constraints and indexes become renames (true) or nothing. */
    public DiffOptions withCompareNames(boolean compare) {
        return new DiffOptions(includeTable, dropUnknownTables, dropUnknownSequences, dropUnknownEnumTypes,
                concurrentIndexes, detectRenames, compare, renames);
    }

    public DiffOptions withIncludeTable(Predicate<String> filter) {
        return new DiffOptions(filter, dropUnknownTables, dropUnknownSequences, dropUnknownEnumTypes,
                concurrentIndexes, detectRenames, compareNames, renames);
    }

    /** Whether to drop tables, sequences and enum types unknown to the entities. */
    public DiffOptions withDropUnknown(boolean drop) {
        return new DiffOptions(includeTable, drop, drop, drop, concurrentIndexes, detectRenames, compareNames, renames);
    }

    public DiffOptions withConcurrentIndexes(boolean concurrent) {
        return new DiffOptions(includeTable, dropUnknownTables, dropUnknownSequences, dropUnknownEnumTypes,
                concurrent, detectRenames, compareNames, renames);
    }

    public DiffOptions withDetectRenames(boolean detect) {
        return new DiffOptions(includeTable, dropUnknownTables, dropUnknownSequences, dropUnknownEnumTypes,
                concurrentIndexes, detect, compareNames, renames);
    }
}
