package dev.retort.normalize;

import java.util.ArrayList;
import java.util.List;

/**
 * The statements of a round trip by what must come before what: {@code before} (the target's own types, enum types,
 * casts, sequences), then {@code tables} (each table's own statements, which stay together: its {@code CREATE TABLE},
 * indexes and comments, never a foreign key), which need only what came before, then {@code after} (the foreign keys).
 */
record RoundTripStatements(List<String> before, List<List<String>> tables, List<String> after) {

    RoundTripStatements {
        before = List.copyOf(before);
        tables = tables.stream().map(List::copyOf).toList();
        after = List.copyOf(after);
    }

    /** Every statement, in order. */
    List<String> all() {
        List<String> out = new ArrayList<>(before);
        tables.forEach(out::addAll);
        out.addAll(after);
        return out;
    }

    /** The tables' statements in chunks of whole tables, each of about {@code size} statements (one table at least). */
    List<List<String>> tableChunks(int size) {
        List<List<String>> chunks = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (List<String> table : tables) {
            if (!current.isEmpty() && current.size() + table.size() > size) {
                chunks.add(current);
                current = new ArrayList<>();
            }
            current.addAll(table);
        }
        if (!current.isEmpty()) {
            chunks.add(current);
        }
        return chunks;
    }
}
