package dev.retort.autogen;

import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.ForeignKey;
import dev.retort.model.Index;
import dev.retort.model.SchemaModel;
import dev.retort.model.Sequence;
import dev.retort.model.Table;
import dev.retort.model.UniqueConstraint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Whether a canonical form put together from the forms of single tables ({@link CanonicalForms}) names everything
 * as one round trip of the whole model would. The only names that depend on other tables are those PostgreSQL
 * makes up (a name the scanned model does not state, such as an identity column's sequence {@code t_id_seq}): it
 * takes the first one free, appending 1, 2, ... after a clash. So the merged form is clash-free when no made-up name
 * ends in such a number and no made-up name is taken twice in its schema, and no two relations of a schema (tables,
 * indexes, key constraints, sequences) share a name. Otherwise the caller makes the whole form in one round trip.
 */
final class CanonicalNames {
    private CanonicalNames() {
    }

    static boolean clashFree(SchemaModel scanned, SchemaModel merged) {
        Set<String> stated = new HashSet<>();
        for (Table t : scanned.tables()) {
            stated.addAll(relationNames(t));
            stated.addAll(constraintNames(t));
        }
        scanned.sequences().forEach(s -> stated.add(s.name()));

        Map<String, Set<String>> relations = new HashMap<>();
        Map<String, Set<String>> madeUpConstraints = new HashMap<>();
        for (Table t : merged.tables()) {
            Set<String> taken = relations.computeIfAbsent(String.valueOf(t.schema()), s -> new HashSet<>());
            for (String name : relationNames(t)) {
                if (!taken.add(name) || madeUpWithNumber(name, stated)) {
                    return false;
                }
            }
            Set<String> constraints = madeUpConstraints.computeIfAbsent(String.valueOf(t.schema()),
                    s -> new HashSet<>());
            for (String name : new LinkedHashSet<>(constraintNames(t))) {
                if (!stated.contains(name) && (!constraints.add(name) || madeUpWithNumber(name, stated))) {
                    return false;
                }
            }
        }
        for (Sequence s : merged.sequences()) {
            if (!relations.computeIfAbsent(String.valueOf(s.schema()), x -> new HashSet<>()).add(s.name())
                    || madeUpWithNumber(s.name(), stated)) {
                return false;
            }
        }
        // a made-up constraint name taken by a stated one of another table
        for (Table t : merged.tables()) {
            Set<String> madeUp = madeUpConstraints.getOrDefault(String.valueOf(t.schema()), Set.of());
            for (String name : constraintNames(t)) {
                if (stated.contains(name) && madeUp.contains(name)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean madeUpWithNumber(String name, Set<String> stated) {
        return !stated.contains(name) && !name.isEmpty() && Character.isDigit(name.charAt(name.length() - 1));
    }

    /**
     * The relations a table brings, each once: itself, its key constraints' and its indexes' indexes, its columns'
     * sequences.
     */
    private static Set<String> relationNames(Table t) {
        Set<String> out = new LinkedHashSet<>();
        out.add(t.name());
        if (t.primaryKey() != null && t.primaryKey().name() != null) {
            out.add(t.primaryKey().name());
        }
        for (UniqueConstraint u : t.uniques()) {
            if (u.name() != null) {
                out.add(u.name());
            }
        }
        for (Index i : t.indexes()) {
            out.add(i.name());
        }
        for (Column c : t.columns()) {
            if (c.ownedSequence() != null) {
                out.add(c.ownedSequence().name());
            }
        }
        return out;
    }

    private static List<String> constraintNames(Table t) {
        List<String> out = new ArrayList<>();
        if (t.primaryKey() != null && t.primaryKey().name() != null) {
            out.add(t.primaryKey().name());
        }
        t.uniques().stream().map(UniqueConstraint::name).filter(Objects::nonNull).forEach(out::add);
        t.checks().stream().map(CheckConstraint::name).forEach(out::add);
        t.foreignKeys().stream().map(ForeignKey::name).forEach(out::add);
        return out;
    }
}
