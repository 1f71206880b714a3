package dev.retort.api;

import dev.retort.model.Index;
import dev.retort.model.IndexKey;

import java.util.List;

/**
 * An index under construction: {@code index("ix_users_email", expr("lower(email)")).unique()
 * .where("deleted_at IS NULL").include("name")}.
 */
public record IndexDef(Index index) implements TableElement {

    public IndexDef unique() {
        return new IndexDef(new Index(index.name(), index.keys(), true, index.where(), index.include(), index.method(),
                index.valid(), index.nullsNotDistinct()));
    }

    public IndexDef where(String predicate) {
        return new IndexDef(new Index(index.name(), index.keys(), index.unique(), predicate, index.include(),
                index.method(), index.valid(), index.nullsNotDistinct()));
    }

    public IndexDef include(String... columns) {
        return new IndexDef(new Index(index.name(), index.keys(), index.unique(), index.where(), List.of(columns),
                index.method(), index.valid(), index.nullsNotDistinct()));
    }

    /** An access method other than the default, e.g. {@code gin}. */
    public IndexDef using(String method) {
        return new IndexDef(new Index(index.name(), index.keys(), index.unique(), index.where(), index.include(), method,
                index.valid(), index.nullsNotDistinct()));
    }

    /** A unique index {@code NULLS NOT DISTINCT} (PostgreSQL 15+): two rows with NULL in the same keys conflict. */
    public IndexDef nullsNotDistinct() {
        return new IndexDef(index.withNullsNotDistinct(true));
    }

    static IndexDef of(String name, List<IndexKey> keys) {
        return new IndexDef(new Index(name, keys, false, null, List.of(), null));
    }
}
