package dev.retort.api;

import java.util.List;

/**
 * An index under construction: {@code index("ix_users_email", expr("lower(email)")).unique()
 * .where("deleted_at IS NULL").include("name")}.
 *
 * @param isUnique         a unique index
 * @param where            the predicate of a partial index, or null
 * @param include          columns of an {@code INCLUDE} clause
 * @param method           access method, e.g. {@code gin}; null for the default (btree)
 * @param isNullsNotDistinct a unique index {@code NULLS NOT DISTINCT} (PostgreSQL 15+)
 */
public record IndexDef(String name, List<IndexKey> keys, boolean isUnique, String where, List<String> include,
                       String method, boolean isNullsNotDistinct) implements TableElement {

    public IndexDef {
        Require.name(name, "index");
        if (keys == null || keys.isEmpty()) {
            throw new IllegalArgumentException("index " + name + " has no keys");
        }
        if (keys.stream().anyMatch(java.util.Objects::isNull)) {
            throw new IllegalArgumentException("index " + name + " has a null key in " + keys);
        }
        keys = List.copyOf(keys);
        include = Require.copy(include);
        Require.notBlank(where, "the predicate of index " + name);
        Require.notBlank(method, "the access method of index " + name);
    }

    /** A plain index on {@code keys}. */
    public IndexDef(String name, List<IndexKey> keys) {
        this(name, keys, false, null, List.of(), null, false);
    }

    public IndexDef unique() {
        return new IndexDef(name, keys, true, where, include, method, isNullsNotDistinct);
    }

    public IndexDef where(String predicate) {
        return new IndexDef(name, keys, isUnique, predicate, include, method, isNullsNotDistinct);
    }

    public IndexDef include(String... columns) {
        return new IndexDef(name, keys, isUnique, where, List.of(columns), method, isNullsNotDistinct);
    }

    /** An access method other than the default, e.g. {@code gin}. */
    public IndexDef using(String accessMethod) {
        return new IndexDef(name, keys, isUnique, where, include, accessMethod, isNullsNotDistinct);
    }

    /** A unique index {@code NULLS NOT DISTINCT} (PostgreSQL 15+): two rows with NULL in the same keys conflict. */
    public IndexDef nullsNotDistinct() {
        return new IndexDef(name, keys, isUnique, where, include, method, true);
    }
}
