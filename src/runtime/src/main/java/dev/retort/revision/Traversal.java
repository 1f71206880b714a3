package dev.retort.revision;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Reachability over the graph's edges. All results include the start revisions. */
final class Traversal {

    private Traversal() {
    }

    /** The start revisions and everything they need: parents, and dependencies when asked. */
    static Set<String> downward(RevisionGraph g, Collection<String> start, boolean withDependencies) {
        return walk(start, id -> withDependencies ? g.requiredIds(id) : g.parentIds(id));
    }

    /** The start revisions and everything built on them: children, and dependents when asked. */
    static Set<String> upward(RevisionGraph g, Collection<String> start, boolean withDependents) {
        return walk(start, id -> withDependents ? g.requiringIds(id) : g.childIds(id));
    }

    private static Set<String> walk(Collection<String> start, Function<String, List<String>> next) {
        Set<String> seen = new LinkedHashSet<>(start);
        Deque<String> todo = new ArrayDeque<>(start);
        while (!todo.isEmpty()) {
            for (String n : next.apply(todo.pop())) {
                if (seen.add(n)) {
                    todo.push(n);
                }
            }
        }
        return seen;
    }
}
