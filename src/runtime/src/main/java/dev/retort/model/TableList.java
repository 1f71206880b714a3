package dev.retort.model;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;

/**
 * The tables of a {@link SchemaModel}: an unmodifiable list that finds a table by name without walking the list,
 * so that comparing two models of thousands of tables is not quadratic. The index is made on the first lookup.
 */
final class TableList extends AbstractList<Table> implements RandomAccess {
    private final List<Table> tables;
    private volatile Map<String, List<Table>> byName;

    private TableList(List<Table> tables) {
        this.tables = tables;
    }

    static TableList of(List<Table> tables) {
        return tables instanceof TableList t ? t : new TableList(Names.copy(tables));
    }

    @Override
    public Table get(int index) {
        return tables.get(index);
    }

    @Override
    public int size() {
        return tables.size();
    }

    /** The first table named {@code name}, in any schema. */
    Optional<Table> first(String name) {
        List<Table> named = index().get(name);
        return named == null ? Optional.empty() : Optional.of(named.get(0));
    }

    /** The first table named {@code name} in {@code schema} (null: the project's own). */
    Optional<Table> first(String schema, String name) {
        for (Table t : index().getOrDefault(name, List.of())) {
            if (Objects.equals(t.schema(), schema)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    private Map<String, List<Table>> index() {
        Map<String, List<Table>> m = byName;
        if (m == null) {
            Map<String, List<Table>> made = new HashMap<>();
            for (Table t : tables) {
                made.computeIfAbsent(t.name(), x -> new ArrayList<>(1)).add(t);
            }
            byName = m = made;
        }
        return m;
    }
}
