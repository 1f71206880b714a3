package dev.retort.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Matches two lists of named objects by name: which are only desired (to add), only actual (to drop), and
 * on both sides. Each list comes out in name order, so the diff is deterministic.
 */
record Named<T>(List<T> added, List<T> dropped, List<Pair<T>> common) {

    /** The same object on both sides. */
    record Pair<T>(T desired, T actual) {
        boolean same() {
            return desired.equals(actual);
        }
    }

    static <T> Named<T> match(List<T> desired, List<T> actual, Function<T, String> name) {
        Map<String, T> d = index(desired, name);
        Map<String, T> a = index(actual, name);
        TreeSet<String> names = new TreeSet<>(d.keySet());
        names.addAll(a.keySet());
        List<T> added = new ArrayList<>();
        List<T> dropped = new ArrayList<>();
        List<Pair<T>> common = new ArrayList<>();
        for (String n : names) {
            T x = d.get(n);
            T y = a.get(n);
            if (y == null) {
                added.add(x);
            } else if (x == null) {
                dropped.add(y);
            } else {
                common.add(new Pair<>(x, y));
            }
        }
        return new Named<>(List.copyOf(added), List.copyOf(dropped), List.copyOf(common));
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> name) {
        Map<String, T> out = new TreeMap<>();
        for (T item : items) {
            if (out.put(name.apply(item), item) != null) {
                throw new IllegalArgumentException("two objects named " + name.apply(item) + " in one model");
            }
        }
        return out;
    }
}
