package dev.retort.revision;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * What is applied, derived from the current heads (e.g. the rows of the version table): the heads plus
 * everything they need (parents and dependencies).
 *
 * @param applied every applied revision id
 * @param heads   applied revisions that no applied revision has as parent, sorted by id
 */
record AppliedSet(Set<String> applied, List<String> heads) {

    static AppliedSet of(RevisionGraph g, Collection<String> currentHeads) {
        if (currentHeads == null) {
            currentHeads = Set.of();
        }
        for (String id : currentHeads) {
            if (!g.has(id)) {
                throw Errors.unknownCurrent(id);
            }
        }
        Set<String> applied = Traversal.downward(g, currentHeads, true);
        return new AppliedSet(Set.copyOf(applied), g.headsWithin(applied));
    }

    boolean isApplied(String id) {
        return applied.contains(id);
    }
}
