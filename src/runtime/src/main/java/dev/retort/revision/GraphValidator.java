package dev.retort.revision;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Checks a list of {@link RevisionInfo} for structural errors and produces the validated maps a
 * {@link RevisionGraph} is built from. Errors are reported in a deterministic order: ids, labels,
 * parents, dependencies, cycles; within each check, in input order.
 */
final class GraphValidator {

    /** Allowed branch labels: no '@', ':', '+', whitespace, nothing that parses as a relative step. */
    static final Pattern LABEL = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.\\-]*");

    record Validated(Map<String, RevisionInfo> byId,
                     Map<String, List<String>> parents,
                     Map<String, List<String>> dependencies,
                     Map<String, String> labelOwner) {
    }

    private GraphValidator() {
    }

    static Validated validate(List<RevisionInfo> revisions) {
        Map<String, RevisionInfo> byId = new LinkedHashMap<>();
        for (RevisionInfo r : revisions) {
            RevisionId.check(r.id(), r.source());
            RevisionInfo previous = byId.putIfAbsent(r.id(), r);
            if (previous != null) {
                throw Errors.duplicateId(previous, r);
            }
        }
        Map<String, String> labelOwner = labels(byId);
        Map<String, List<String>> parents = new LinkedHashMap<>();
        for (RevisionInfo r : byId.values()) {
            for (String p : r.parents()) {
                if (!byId.containsKey(p)) {
                    throw Errors.missingParent(r, p);
                }
            }
            parents.put(r.id(), List.copyOf(new LinkedHashSet<>(r.parents())));
        }
        Map<String, List<String>> dependencies = new LinkedHashMap<>();
        for (RevisionInfo r : byId.values()) {
            Set<String> resolved = new LinkedHashSet<>();
            for (String d : r.dependsOn()) {
                if (byId.containsKey(d)) {
                    resolved.add(d);
                } else if (labelOwner.containsKey(d)) {
                    resolved.add(labelOwner.get(d));
                } else {
                    throw Errors.missingDependency(r, d);
                }
            }
            resolved.removeAll(parents.get(r.id()));
            dependencies.put(r.id(), List.copyOf(resolved));
        }
        checkAcyclic(byId, parents, dependencies);
        return new Validated(byId, parents, dependencies, labelOwner);
    }

    private static Map<String, String> labels(Map<String, RevisionInfo> byId) {
        Map<String, String> owner = new TreeMap<>();
        for (RevisionInfo r : byId.values()) {
            for (String label : r.branchLabels()) {
                if (!LABEL.matcher(label).matches()) {
                    throw Errors.invalidLabel(label, r,
                            "is malformed: use letters, digits, '_', '.', '-' (not starting with '.' or '-')");
                }
                if (RevisionId.RESERVED.contains(label)) {
                    throw Errors.invalidLabel(label, r, "is a reserved word");
                }
                if (byId.containsKey(label)) {
                    throw Errors.labelIsRevisionId(label, r, byId.get(label));
                }
                String previous = owner.putIfAbsent(label, r.id());
                if (previous != null) {
                    throw Errors.duplicateLabel(label, byId.get(previous), r);
                }
            }
        }
        return owner;
    }

    /** Iterative depth-first search over parent and dependency edges; reports the first cycle found. */
    private static void checkAcyclic(Map<String, RevisionInfo> byId, Map<String, List<String>> parents,
                                     Map<String, List<String>> dependencies) {
        final int onStack = 1;
        final int done = 2;
        Map<String, Integer> state = new HashMap<>();
        for (String root : new TreeSet<>(byId.keySet())) {
            if (state.containsKey(root)) {
                continue;
            }
            List<String> path = new ArrayList<>();
            Deque<int[]> cursors = new ArrayDeque<>();
            path.add(root);
            cursors.push(new int[] {0});
            state.put(root, onStack);
            while (!path.isEmpty()) {
                String top = path.get(path.size() - 1);
                List<String> edges = edges(top, parents, dependencies);
                int[] cursor = cursors.peek();
                if (cursor[0] == edges.size()) {
                    state.put(top, done);
                    path.remove(path.size() - 1);
                    cursors.pop();
                    continue;
                }
                String next = edges.get(cursor[0]++);
                Integer s = state.get(next);
                if (s == null) {
                    state.put(next, onStack);
                    path.add(next);
                    cursors.push(new int[] {0});
                } else if (s == onStack) {
                    throw Errors.cycle(cycleInUpgradeOrder(path.subList(path.indexOf(next), path.size()), byId));
                }
            }
        }
    }

    static List<String> edges(String id, Map<String, List<String>> parents, Map<String, List<String>> deps) {
        List<String> p = parents.get(id);
        List<String> d = deps.get(id);
        if (d.isEmpty()) {
            return p;
        }
        List<String> all = new ArrayList<>(p);
        all.addAll(d);
        return all;
    }

    /**
     * The DFS path runs child to parent; reverse it so each revision is followed by one that needs it,
     * then rotate so the smallest id comes first (stable output regardless of where the search entered).
     */
    private static List<RevisionInfo> cycleInUpgradeOrder(List<String> pathChildToParent,
                                                          Map<String, RevisionInfo> byId) {
        List<String> ids = new ArrayList<>(pathChildToParent);
        Collections.reverse(ids);
        int smallest = 0;
        for (int i = 1; i < ids.size(); i++) {
            if (ids.get(i).compareTo(ids.get(smallest)) < 0) {
                smallest = i;
            }
        }
        List<RevisionInfo> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            out.add(byId.get(ids.get((smallest + i) % ids.size())));
        }
        return out;
    }
}
