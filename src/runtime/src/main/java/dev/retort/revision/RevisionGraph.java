package dev.retort.revision;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The revision graph: an immutable, validated value built from {@link RevisionInfo}s, with Alembic-style
 * queries, spec resolution, upgrade/downgrade paths and history ranges. No I/O.
 *
 * <p>Edges: a revision's parents (its down revisions) and its depends-on targets. Heads, bases, branch points,
 * merges and branch labels follow parent edges only; "what must be applied first" follows both.
 * Lists of revisions that are not paths (heads, bases, ...) are sorted by id.
 *
 * <p>Every failure is a {@link RevisionGraphException}.
 */
public final class RevisionGraph {

    private final Map<String, RevisionInfo> byId;
    private final Map<String, List<String>> parents;
    private final Map<String, List<String>> dependencies;
    private final Map<String, List<String>> required;
    private final Map<String, List<String>> children;
    private final Map<String, List<String>> requiring;
    private final Map<String, String> labelOwner;
    private final TreeSet<String> sortedIds;
    private final List<String> heads;
    private final List<String> bases;

    private final SpecResolver resolver;
    private final MigrationPlanner planner;
    private final HistoryRange history;

    private RevisionGraph(GraphValidator.Validated v) {
        this.byId = v.byId();
        this.parents = v.parents();
        this.dependencies = v.dependencies();
        this.labelOwner = v.labelOwner();
        this.sortedIds = new TreeSet<>(byId.keySet());
        Map<String, SortedSet<String>> childSets = new HashMap<>();
        Map<String, SortedSet<String>> requiringSets = new HashMap<>();
        this.required = new HashMap<>();
        for (String id : sortedIds) {
            childSets.put(id, new TreeSet<>());
            requiringSets.put(id, new TreeSet<>());
        }
        for (String id : sortedIds) {
            List<String> needs = GraphValidator.edges(id, parents, dependencies);
            required.put(id, needs);
            for (String p : parents.get(id)) {
                childSets.get(p).add(id);
            }
            for (String n : needs) {
                requiringSets.get(n).add(id);
            }
        }
        this.children = freeze(childSets);
        this.requiring = freeze(requiringSets);
        List<String> h = new ArrayList<>();
        List<String> b = new ArrayList<>();
        for (String id : sortedIds) {
            if (children.get(id).isEmpty()) {
                h.add(id);
            }
            if (parents.get(id).isEmpty()) {
                b.add(id);
            }
        }
        this.heads = List.copyOf(h);
        this.bases = List.copyOf(b);
        this.resolver = new SpecResolver(this);
        this.planner = new MigrationPlanner(this, resolver);
        this.history = new HistoryRange(this, resolver);
    }

    private static Map<String, List<String>> freeze(Map<String, SortedSet<String>> sets) {
        Map<String, List<String>> out = new HashMap<>();
        sets.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return out;
    }

    /**
     * Validates the revisions and builds the graph.
     *
     * @throws RevisionGraphException DUPLICATE_ID, INVALID_REVISION_ID, INVALID_BRANCH_LABEL,
     *                                DUPLICATE_BRANCH_LABEL, MISSING_PARENT, MISSING_DEPENDENCY or CYCLE
     */
    public static RevisionGraph of(List<RevisionInfo> revisions) {
        return new RevisionGraph(GraphValidator.validate(List.copyOf(revisions)));
    }

    // ------------------------------------------------------------------ structure

    public int size() {
        return byId.size();
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    /** The revision with exactly this id. @throws RevisionGraphException UNKNOWN_REVISION */
    public RevisionInfo get(String id) {
        RevisionInfo r = id == null ? null : byId.get(id);
        if (r == null) {
            throw Errors.unknownRevision(String.valueOf(id));
        }
        return r;
    }

    /** All revisions, parents (and dependencies) before children. */
    public List<RevisionInfo> revisions() {
        return infos(TopoOrder.parentsFirst(this, sortedIds));
    }

    /** Revisions that are nobody's parent. */
    public List<RevisionInfo> heads() {
        return infos(heads);
    }

    /** Revisions without parents. */
    public List<RevisionInfo> bases() {
        return infos(bases);
    }

    /** Revisions with two or more children. */
    public List<RevisionInfo> branchPoints() {
        List<String> out = new ArrayList<>();
        for (String id : sortedIds) {
            if (children.get(id).size() > 1) {
                out.add(id);
            }
        }
        return infos(out);
    }

    /** Revisions with two or more parents. */
    public List<RevisionInfo> merges() {
        List<String> out = new ArrayList<>();
        for (String id : sortedIds) {
            if (parents.get(id).size() > 1) {
                out.add(id);
            }
        }
        return infos(out);
    }

    /** Direct children (revisions having {@code id} as a parent). */
    public List<RevisionInfo> children(String id) {
        return infos(childIds(get(id).id()));
    }

    /** Ids of everything that must be applied before {@code id}: parents and dependencies, transitively. */
    public SortedSet<String> ancestors(String id) {
        return exclusive(Traversal.downward(this, List.of(get(id).id()), true), id);
    }

    /** Ids of everything that needs {@code id}: children and dependents, transitively. */
    public SortedSet<String> descendants(String id) {
        return exclusive(Traversal.upward(this, List.of(get(id).id()), true), id);
    }

    /** All declared branch labels, sorted. */
    public SortedSet<String> branchLabels() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(labelOwner.keySet()));
    }

    /**
     * Ids on the branch named by {@code label}: the labelled revision, its descendants, and the straight line
     * of ancestors below it down to (excluding) a branch point or merge.
     */
    public SortedSet<String> branchMembers(String label) {
        if (labelOwner(label) == null) {
            throw Errors.unknownBranchLabel(String.valueOf(label), String.valueOf(label));
        }
        return Collections.unmodifiableSortedSet(new TreeSet<>(BranchLabels.members(this, label)));
    }

    /**
     * The heads of a set of applied revisions: those that are no other applied revision's parent.
     * (Dependencies do not hide a head, as in Alembic's version table.)
     */
    public SortedSet<String> appliedHeads(Set<String> appliedIds) {
        for (String id : appliedIds) {
            if (!contains(id)) {
                throw Errors.unknownCurrent(id);
            }
        }
        return Collections.unmodifiableSortedSet(new TreeSet<>(headsWithin(appliedIds)));
    }

    // ------------------------------------------------------------------ specs

    /**
     * Resolves a spec naming at most one revision. Empty means {@code base}.
     * Accepts a full id, a unique prefix, {@code head}, {@code base}, a branch label, {@code label@head},
     * {@code label@base}, {@code label@<partial id>}, {@code rev@head}, {@code spec+N}, {@code spec-N}.
     */
    public Optional<RevisionInfo> resolve(String spec) {
        List<String> ids = resolver.resolve(spec);
        if (ids.size() > 1) {
            throw Errors.multipleHeads(SpecResolver.normalize(spec), ids);
        }
        return ids.stream().findFirst().map(byId::get);
    }

    /** Like {@link #resolve} but also accepts {@code heads} and {@code label@heads}; empty means base. */
    public List<RevisionInfo> resolveAll(String spec) {
        return infos(resolver.resolve(spec));
    }

    // ------------------------------------------------------------------ upgrade / downgrade

    /**
     * Revisions to apply, parents and dependencies first, to go from {@code currentHeads} to {@code target}:
     * {@code heads}, {@code head}, any {@link #resolve} spec (the revision and all its unapplied ancestors),
     * {@code +N} (N steps up from current), {@code label@+N}, {@code rev+N}.
     *
     * @param currentHeads the applied heads (e.g. version table rows); their ancestors count as applied
     */
    public List<RevisionInfo> upgradePath(Set<String> currentHeads, String target) {
        return infos(planner.upgrade(currentHeads, target));
    }

    /**
     * Revisions to un-apply, children first, to go from {@code currentHeads} down to {@code target}:
     * {@code base}, {@code label@base}, a revision (everything applied above it), {@code -N} (N revisions
     * down from the current head), {@code label@-N}, {@code rev-N} (rev and the N-1 below it, with
     * whatever is applied above them).
     */
    public List<RevisionInfo> downgradePath(Set<String> currentHeads, String target) {
        return infos(planner.downgrade(currentHeads, target));
    }

    // ------------------------------------------------------------------ history

    /** The lineage from {@code from} (older end, null = base) up to {@code to} (null = heads), newest first. */
    public List<RevisionInfo> iterate(String from, String to) {
        String text = (from == null ? "" : from) + ":" + (to == null ? "" : to);
        return infos(history.iterate(from, to, null, text));
    }

    /** A history range {@code lower:upper} ({@code base:head}, {@code ae1:}, {@code :ae1}, {@code -3:}). */
    public List<RevisionInfo> range(String spec) {
        return infos(history.range(spec, null));
    }

    /** As {@link #range(String)}, where {@code current} names the given current heads. */
    public List<RevisionInfo> range(String spec, Set<String> currentHeads) {
        return infos(history.range(spec, currentHeads == null ? Set.of() : currentHeads));
    }

    // ------------------------------------------------------------------ new revisions

    /**
     * Checks {@code revision --head X [--splice]} and returns the parent of the new revision (empty: a new base,
     * for {@code --head base}). A parent that is not a head needs {@code splice}.
     */
    public Optional<RevisionInfo> checkNewRevisionParent(String head, boolean splice) {
        String spec = head == null ? "head" : head;
        List<String> ids;
        try {
            ids = resolver.resolve(spec);
        } catch (RevisionGraphException e) {
            if (e.kind() != RevisionGraphException.Kind.MULTIPLE_HEADS) {
                throw e;
            }
            ids = e.revisionIds();
        }
        if (ids.size() > 1) {
            throw Errors.multipleHeadsForNewRevision(SpecResolver.normalize(spec), ids);
        }
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        String parent = ids.get(0);
        if (!children.get(parent).isEmpty() && !splice) {
            throw Errors.notAHead(byId.get(parent), children.get(parent));
        }
        return Optional.of(byId.get(parent));
    }

    /** Validates a user-supplied {@code --rev-id} and checks it is not taken. @return the id */
    public String checkNewRevisionId(String id) {
        RevisionId.validate(id);
        if (contains(id)) {
            throw Errors.revisionIdExists(byId.get(id));
        }
        return id;
    }

    /** A fresh random id not used by this graph. */
    public String newRevisionId() {
        String id;
        do {
            id = RevisionId.generate();
        } while (contains(id) || labelOwner.containsKey(id));
        return id;
    }

    // ------------------------------------------------------------------ package-private adjacency

    boolean has(String id) {
        return byId.containsKey(id);
    }

    List<String> parentIds(String id) {
        return parents.get(id);
    }

    List<String> childIds(String id) {
        return children.get(id);
    }

    /** Parents then dependencies: everything that must be applied first. */
    List<String> requiredIds(String id) {
        return required.get(id);
    }

    /** Children and dependents, sorted. */
    List<String> requiringIds(String id) {
        return requiring.get(id);
    }

    List<String> headIds() {
        return heads;
    }

    List<String> baseIds() {
        return bases;
    }

    String labelOwner(String label) {
        return label == null ? null : labelOwner.get(label);
    }

    List<String> idsWithPrefix(String prefix) {
        return List.copyOf(sortedIds.subSet(prefix, true, prefix + Character.MAX_VALUE, true));
    }

    /** Members of {@code ids} that are no other member's parent, sorted. */
    List<String> headsWithin(Collection<String> ids) {
        Set<String> parentsInSet = new HashSet<>();
        for (String id : ids) {
            parentsInSet.addAll(parents.get(id));
        }
        TreeSet<String> out = new TreeSet<>();
        for (String id : ids) {
            if (!parentsInSet.contains(id)) {
                out.add(id);
            }
        }
        return List.copyOf(out);
    }

    private List<RevisionInfo> infos(Collection<String> ids) {
        List<RevisionInfo> out = new ArrayList<>(ids.size());
        for (String id : ids) {
            out.add(byId.get(id));
        }
        return Collections.unmodifiableList(out);
    }

    private static SortedSet<String> exclusive(Set<String> set, String id) {
        TreeSet<String> out = new TreeSet<>(set);
        out.remove(id);
        return Collections.unmodifiableSortedSet(out);
    }

    @Override
    public String toString() {
        return "RevisionGraph" + new TreeMap<>(parents);
    }
}
