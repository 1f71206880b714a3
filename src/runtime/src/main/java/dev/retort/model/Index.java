package dev.retort.model;

import java.util.List;

/**
 * An index.
 *
 * @param name    index name
 * @param keys    keys in index order
 * @param unique  whether it is a unique index
 * @param where   normalized predicate of a partial index, or null
 * @param include columns of an INCLUDE clause, in order
 * @param method  access method; null means the dialect's default (btree on PostgreSQL)
 * @param valid   false for an index PostgreSQL does not use: one left invalid by a failed
 *                {@code CREATE INDEX CONCURRENTLY} ({@code pg_index.indisvalid}). It does not count as
 *                present; the diff drops it and creates it again.
 * @param nullsNotDistinct a unique index {@code NULLS NOT DISTINCT} (PostgreSQL 15+): two rows with NULL in
 *                the same keys conflict
 */
public record Index(String name, List<IndexKey> keys, boolean unique, String where, List<String> include,
                    String method, boolean valid, boolean nullsNotDistinct) {
    public Index {
        Names.require(name, "index");
        if (keys == null || keys.isEmpty()) {
            throw new IllegalArgumentException("index " + name + " has no keys");
        }
        keys = List.copyOf(keys);
        include = Names.copy(include);
    }

    /** An index, NULLs distinct. */
    public Index(String name, List<IndexKey> keys, boolean unique, String where, List<String> include,
                 String method, boolean valid) {
        this(name, keys, unique, where, include, method, valid, false);
    }

    /** A valid index. */
    public Index(String name, List<IndexKey> keys, boolean unique, String where, List<String> include,
                 String method) {
        this(name, keys, unique, where, include, method, true);
    }

    public static Index on(String name, boolean unique, String... columns) {
        return new Index(name, java.util.Arrays.stream(columns).map(IndexKey::column).toList(), unique, null,
                List.of(), null);
    }

    /** The same index under another name. */
    public Index withName(String newName) {
        return new Index(newName, keys, unique, where, include, method, valid, nullsNotDistinct);
    }

    /** The same index, valid or not. */
    public Index withValid(boolean isValid) {
        return new Index(name, keys, unique, where, include, method, isValid, nullsNotDistinct);
    }

    /** The same index, NULLS NOT DISTINCT or not. */
    public Index withNullsNotDistinct(boolean notDistinct) {
        return new Index(name, keys, unique, where, include, method, valid, notDistinct);
    }

    /** The same index on other keys and INCLUDE columns (a column rename). */
    public Index withKeys(List<IndexKey> newKeys, List<String> newInclude) {
        return new Index(name, newKeys, unique, where, newInclude, method, valid, nullsNotDistinct);
    }
}
