package dev.retort.diff;

import dev.retort.model.EnumType;
import dev.retort.ops.AddEnumValue;
import dev.retort.ops.DropEnumValue;
import dev.retort.ops.MigrationOp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The value changes that give an enum type the desired values, never reordering the ones it has.
 *
 * <p>A label order that differs from the entities' is not a change: Hibernate reads and writes named enums by
 * label, and reordering labels in PostgreSQL means rebuilding the type and converting every row (and fails if a
 * row holds a value on the way). A database built by hand lists labels in Java's order, Hibernate's DDL in
 * alphabetical order: both are fine. So every actual value the entities no longer have is dropped
 * ({@link DropEnumValue}, recording its neighbours so that the reverse puts it back in place), and every desired
 * value the type lacks is added ({@link AddEnumValue}) AFTER its desired predecessor, or, for the first desired
 * value, BEFORE the first value it is followed by.
 */
final class EnumValuePlan {
    private EnumValuePlan() {
    }

    /** Whether the two types have the same values, in whatever order. */
    static boolean sameValues(EnumType a, EnumType b) {
        return new HashSet<>(a.values()).equals(new HashSet<>(b.values()));
    }

    static List<MigrationOp> of(EnumType actual, EnumType desired) {
        String type = desired.name();
        List<String> current = new ArrayList<>(actual.values());
        Set<String> wanted = new HashSet<>(desired.values());
        List<MigrationOp> out = new ArrayList<>();
        for (String v : actual.values()) {
            if (!wanted.contains(v)) {
                int i = current.indexOf(v);
                String before = i + 1 < current.size() ? current.get(i + 1) : null;
                String after = i > 0 ? current.get(i - 1) : null;
                out.add(new DropEnumValue(type, v, before, after));
                current.remove(i);
            }
        }
        List<String> values = desired.values();
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i);
            if (current.contains(v)) {
                continue;
            }
            if (i > 0) {
                out.add(new AddEnumValue(type, v, null, values.get(i - 1)));
                current.add(current.indexOf(values.get(i - 1)) + 1, v);
                continue;
            }
            String next = values.stream().filter(current::contains).findFirst().orElse(null);
            if (next != null) {
                out.add(new AddEnumValue(type, v, next, null));
                current.add(current.indexOf(next), v);
            } else {
                out.add(new AddEnumValue(type, v, null, null));
                current.add(v);
            }
        }
        if (!new HashSet<>(current).equals(wanted)) {
            throw new IllegalStateException("enum plan for " + type + " ends with " + current + " not " + values);
        }
        return out;
    }
}
