package dev.retort.revision;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which revisions a branch label covers (Alembic semantics): the labelled revision, all its descendants,
 * and its ancestors down the straight line below it, stopping before a branch point or a merge.
 */
final class BranchLabels {

    private BranchLabels() {
    }

    static Set<String> members(RevisionGraph g, String label) {
        String owner = g.labelOwner(label);
        Set<String> members = new TreeSet<>(Traversal.upward(g, List.of(owner), false));
        String current = owner;
        if (g.childIds(current).size() > 1 || g.parentIds(current).size() > 1) {
            return members;
        }
        while (g.parentIds(current).size() == 1) {
            String parent = g.parentIds(current).get(0);
            if (g.childIds(parent).size() > 1 || g.parentIds(parent).size() > 1) {
                break;
            }
            members.add(parent);
            current = parent;
        }
        return members;
    }

    /** The lowest members: those with no parent on the branch (one, unless the branch merges another base in). */
    static Set<String> roots(RevisionGraph g, String label) {
        Set<String> members = members(g, label);
        Set<String> roots = new LinkedHashSet<>();
        for (String m : members) {
            if (g.parentIds(m).stream().noneMatch(members::contains)) {
                roots.add(m);
            }
        }
        return roots;
    }
}
