package dev.retort.revision;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/** Counting steps along the graph for relative specs; a step must never have to choose between revisions. */
final class RelativeWalk {

    private RelativeWalk() {
    }

    /** What comes one step above {@code from} (empty = base): its children, or the bases. */
    static List<String> nextUp(RevisionGraph g, Collection<String> from) {
        if (from.isEmpty()) {
            return g.baseIds();
        }
        TreeSet<String> next = new TreeSet<>();
        for (String id : from) {
            next.addAll(g.childIds(id));
        }
        return List.copyOf(next);
    }

    /**
     * The revision {@code n >= 1} steps up: the first step goes to one of {@code firstStep}, each further
     * step to the single child of the previous revision.
     *
     * @param fromText how to name the starting point in messages ("base", an id, a list of heads)
     */
    static String up(RevisionGraph g, String fromText, List<String> firstStep, int n, String spec) {
        List<String> candidates = firstStep;
        String reached = null;
        for (int step = 1; step <= n; step++) {
            if (candidates.isEmpty()) {
                throw Errors.pastHead(spec, fromText, step - 1);
            }
            if (candidates.size() > 1) {
                String where = reached == null
                        ? "several revisions follow " + fromText
                        : reached + " is a branch point with several children";
                throw Errors.ambiguousStep(spec, where, candidates);
            }
            reached = candidates.get(0);
            candidates = g.childIds(reached);
        }
        return reached;
    }

    /**
     * The {@code n >= 1} revisions un-applied by stepping down from {@code start}: start, its parent, and so on.
     * Only the last one may be a merge (un-applying a merge leaves both of its parents in place).
     */
    static List<String> chainDown(RevisionGraph g, String start, int n, String spec) {
        List<String> chain = new ArrayList<>(n);
        String current = start;
        chain.add(current);
        for (int k = 1; k < n; k++) {
            List<String> parents = g.parentIds(current);
            if (parents.isEmpty()) {
                throw Errors.pastBase(spec, start, k);
            }
            if (parents.size() > 1) {
                throw Errors.ambiguousStep(spec, current + " is a merge of several parents", parents);
            }
            current = parents.get(0);
            chain.add(current);
        }
        return chain;
    }

    /** The position {@code n >= 0} steps below {@code start}; empty means base (below the start's root). */
    static Optional<String> down(RevisionGraph g, String start, int n, String spec) {
        if (n == 0) {
            return Optional.of(start);
        }
        List<String> chain = chainDown(g, start, n, spec);
        String last = chain.get(chain.size() - 1);
        List<String> parents = g.parentIds(last);
        if (parents.size() > 1) {
            throw Errors.ambiguousStep(spec, last + " is a merge of several parents", parents);
        }
        return parents.isEmpty() ? Optional.empty() : Optional.of(parents.get(0));
    }
}
