package dev.retort.diff;

import dev.retort.model.CheckConstraint;
import dev.retort.model.ForeignKey;
import dev.retort.model.Index;
import dev.retort.model.PrimaryKey;
import dev.retort.model.Table;
import dev.retort.model.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The keys, constraints and indexes of one table (present on both sides) that differ between the sides only
 * by their name, each as {@code actual name → desired name}. The comparators turn them into
 * {@code renameConstraint} / {@code renameIndex}, or into nothing when names do not matter
 * ({@link DiffOptions#compareNames()}), instead of a drop and an add that rebuild an index or validate
 * every row for nothing.
 *
 * <p>Only an unambiguous pair is a rename: an object that exists on one side only, whose definition (all but
 * the name) equals that of exactly one object that exists on the other side only, and the other way round.
 * Two live uniques over the same columns and one wanted, say, stay a drop and an add: which of the two the
 * entities mean cannot be told, and a wrong guess would keep the wrong object's attributes.
 *
 * @param primaryKey  the desired name of the primary key when only its name differs, else null
 * @param uniques     unique constraints
 * @param foreignKeys foreign keys
 * @param checks      check constraints
 * @param indexes     indexes
 */
record NameOnlyChanges(String primaryKey, Map<String, String> uniques, Map<String, String> foreignKeys,
                       Map<String, String> checks, Map<String, String> indexes) {

    static final NameOnlyChanges NONE = new NameOnlyChanges(null, Map.of(), Map.of(), Map.of(), Map.of());

    static NameOnlyChanges of(Table desired, Table actual) {
        return withoutCollisions(new NameOnlyChanges(primaryKey(desired.primaryKey(), actual.primaryKey()),
                pair(desired.uniques(), actual.uniques(), UniqueConstraint::name,
                        (d, a) -> d.equals(a.withName(d.name()))),
                pair(desired.foreignKeys(), actual.foreignKeys(), ForeignKey::name,
                        (d, a) -> d.equals(a.withName(d.name()))),
                pair(desired.checks(), actual.checks(), CheckConstraint::name,
                        (d, a) -> d.equals(a.withName(d.name()))),
                pair(desired.indexes(), actual.indexes(), Index::name,
                        (d, a) -> d.equals(a.withName(d.name())))), actual);
    }

    /**
     * Renames run in one step, after the drops. A rename to a name that another rename of this table frees
     * (an index taking a unique constraint's name while that constraint takes the index's, say) could need
     * a cycle broken, so it is not made: that object is dropped and added instead. Constraint names are
     * unique per table; index names (and the indexes behind keys and uniques) per schema.
     */
    private static NameOnlyChanges withoutCollisions(NameOnlyChanges n, Table actual) {
        String pk = n.primaryKey;
        Map<String, String> uniques = new TreeMap<>(n.uniques);
        Map<String, String> foreignKeys = new TreeMap<>(n.foreignKeys);
        Map<String, String> checks = new TreeMap<>(n.checks);
        Map<String, String> indexes = new TreeMap<>(n.indexes);
        String pkName = actual.primaryKey() == null ? null : actual.primaryKey().name();
        boolean changed = true;
        while (changed) {
            changed = false;
            Set<String> indexSources = new java.util.HashSet<>(indexes.keySet());
            indexSources.addAll(uniques.keySet());
            Set<String> constraintSources = new java.util.HashSet<>(uniques.keySet());
            constraintSources.addAll(foreignKeys.keySet());
            constraintSources.addAll(checks.keySet());
            if (pk != null) {
                indexSources.add(pkName);
                constraintSources.add(pkName);
            }
            if (pk != null && (indexSources.contains(pk) || constraintSources.contains(pk))) {
                pk = null;
                changed = true;
                continue;
            }
            changed = dropFirstColliding(uniques, indexSources, constraintSources)
                    || dropFirstColliding(indexes, indexSources, Set.of())
                    || dropFirstColliding(foreignKeys, constraintSources, Set.of())
                    || dropFirstColliding(checks, constraintSources, Set.of());
        }
        return new NameOnlyChanges(pk, Map.copyOf(uniques), Map.copyOf(foreignKeys), Map.copyOf(checks),
                Map.copyOf(indexes));
    }

    /** The names of this table's indexes, and of the indexes behind its keys, that a rename frees. */
    Set<String> freedIndexNames(Table actual) {
        Set<String> out = new java.util.HashSet<>(indexes.keySet());
        out.addAll(uniques.keySet());
        if (primaryKey != null) {
            out.add(actual.primaryKey().name());
        }
        return out;
    }

    /**
     * Index names are unique in a schema: a rename to a name that a rename in another table frees is dropped
     * and added instead, as within one table ({@link #withoutCollisions}).
     */
    NameOnlyChanges withoutIndexNames(Set<String> freedElsewhere) {
        if (freedElsewhere.isEmpty()) {
            return this;
        }
        Map<String, String> u = new TreeMap<>(uniques);
        u.values().removeIf(freedElsewhere::contains);
        Map<String, String> i = new TreeMap<>(indexes);
        i.values().removeIf(freedElsewhere::contains);
        String pk = primaryKey != null && freedElsewhere.contains(primaryKey) ? null : primaryKey;
        return new NameOnlyChanges(pk, Map.copyOf(u), foreignKeys, checks, Map.copyOf(i));
    }

    private static boolean dropFirstColliding(Map<String, String> renames, Set<String> a, Set<String> b) {
        for (Map.Entry<String, String> e : renames.entrySet()) {
            if (a.contains(e.getValue()) || b.contains(e.getValue())) {
                renames.remove(e.getKey());
                return true;
            }
        }
        return false;
    }

    private static String primaryKey(PrimaryKey desired, PrimaryKey actual) {
        if (desired == null || actual == null || desired.name() == null || actual.name() == null
                || desired.name().equals(actual.name())) {
            return null;
        }
        return desired.equals(actual.withName(desired.name())) ? desired.name() : null;
    }

    /**
     * Pairs the objects only on the actual side with those only on the desired side whose definitions match
     * ({@code same.test(desired, actual)}), one to one; an object with two or more candidates is not paired.
     */
    static <T> Map<String, String> pair(List<T> desired, List<T> actual, Function<T, String> name,
                                        BiPredicate<T, T> same) {
        Set<String> desiredNames = desired.stream().map(name).collect(Collectors.toSet());
        Set<String> actualNames = actual.stream().map(name).collect(Collectors.toSet());
        List<T> onlyDesired = desired.stream().filter(d -> !actualNames.contains(name.apply(d))).toList();
        List<T> onlyActual = actual.stream().filter(a -> !desiredNames.contains(name.apply(a))).toList();
        Map<String, String> out = new TreeMap<>();
        if (onlyDesired.isEmpty() || onlyActual.isEmpty()) {
            return Map.of();
        }
        for (T a : onlyActual) {
            List<T> candidates = new ArrayList<>();
            for (T d : onlyDesired) {
                if (same.test(d, a)) {
                    candidates.add(d);
                }
            }
            if (candidates.size() != 1) {
                continue;
            }
            T d = candidates.get(0);
            long back = onlyActual.stream().filter(x -> same.test(d, x)).count();
            if (back == 1) {
                out.put(name.apply(a), name.apply(d));
            }
        }
        return Map.copyOf(out);
    }

    /** {@code kind} (one of the maps) inverted: desired name → actual name. */
    static Map<String, String> targets(Map<String, String> renames) {
        Map<String, String> out = new TreeMap<>();
        renames.forEach((from, to) -> out.put(to, from));
        return out;
    }

    boolean primaryKeyRenamed() {
        return primaryKey != null;
    }

    /** The object named {@code wanted} in {@code items}. */
    static <T> T find(List<T> items, Function<T, String> name, String wanted) {
        return items.stream().filter(x -> wanted.equals(name.apply(x))).findFirst()
                .orElseThrow(() -> new IllegalStateException("no object named " + wanted));
    }
}
