package dev.retort.revision;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Deterministic topological orders. A depth-first post-order from the subset's heads (sorted by id),
 * visiting parents in declared order and then dependencies, so each branch comes out as one contiguous run.
 */
final class TopoOrder {

    private TopoOrder() {
    }

    /** The subset ordered so that every revision comes after its parents and dependencies (upgrade order). */
    static List<String> parentsFirst(RevisionGraph g, Collection<String> subset) {
        Set<String> members = new HashSet<>(subset);
        Set<String> visited = new HashSet<>();
        List<String> out = new ArrayList<>(members.size());
        for (String root : headsOf(g, members)) {
            Deque<String> stack = new ArrayDeque<>();
            Deque<Integer> cursor = new ArrayDeque<>();
            stack.push(root);
            cursor.push(0);
            visited.add(root);
            while (!stack.isEmpty()) {
                List<String> edges = g.requiredIds(stack.peek());
                int i = cursor.pop();
                while (i < edges.size() && (!members.contains(edges.get(i)) || visited.contains(edges.get(i)))) {
                    i++;
                }
                if (i == edges.size()) {
                    out.add(stack.pop());
                } else {
                    cursor.push(i + 1);
                    String next = edges.get(i);
                    visited.add(next);
                    stack.push(next);
                    cursor.push(0);
                }
            }
        }
        return out;
    }

    /** The subset ordered so that every revision comes before its parents and dependencies (downgrade order). */
    static List<String> childrenFirst(RevisionGraph g, Collection<String> subset) {
        List<String> order = parentsFirst(g, subset);
        Collections.reverse(order);
        return order;
    }

    /** Members that no other member needs, sorted by id. */
    private static Set<String> headsOf(RevisionGraph g, Set<String> members) {
        Set<String> needed = new HashSet<>();
        for (String m : members) {
            needed.addAll(g.requiredIds(m));
        }
        Set<String> heads = new TreeSet<>();
        for (String m : members) {
            if (!needed.contains(m)) {
                heads.add(m);
            }
        }
        return heads;
    }
}
