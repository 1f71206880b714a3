package dev.retort.revision;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One migration revision as declared in its source file: the input of {@link RevisionGraph#of}.
 *
 * @param id           the revision id
 * @param parents      ids of the parent revisions (Alembic's {@code down_revision}); empty for a base,
 *                     two or more for a merge
 * @param branchLabels branch labels declared on this revision (stored sorted)
 * @param dependsOn    revisions (ids, or branch labels) that must be applied first without being parents
 * @param message      the revision message, may be null
 * @param source       file or class name the revision came from, used in error messages; may be null
 */
public record RevisionInfo(
        String id,
        List<String> parents,
        Set<String> branchLabels,
        List<String> dependsOn,
        String message,
        String source) {

    public RevisionInfo {
        Objects.requireNonNull(id, "id");
        parents = copy(parents, "parents");
        dependsOn = copy(dependsOn, "dependsOn");
        branchLabels = branchLabels == null
                ? Set.of()
                : Collections.unmodifiableSortedSet(new TreeSet<>(copy(branchLabels, "branchLabels")));
    }

    /** A revision with parents only: no labels, no dependencies, no source. */
    public static RevisionInfo of(String id, String... parents) {
        return new RevisionInfo(id, List.of(parents), Set.of(), List.of(), null, null);
    }

    public boolean isBase() {
        return parents.isEmpty();
    }

    public boolean isMerge() {
        return parents.size() > 1;
    }

    public RevisionInfo withBranchLabels(String... labels) {
        return new RevisionInfo(id, parents, Set.of(labels), dependsOn, message, source);
    }

    public RevisionInfo withDependsOn(String... ids) {
        return new RevisionInfo(id, parents, branchLabels, List.of(ids), message, source);
    }

    public RevisionInfo withSource(String newSource) {
        return new RevisionInfo(id, parents, branchLabels, dependsOn, message, newSource);
    }

    public RevisionInfo withMessage(String newMessage) {
        return new RevisionInfo(id, parents, branchLabels, dependsOn, newMessage, source);
    }

    private static List<String> copy(Collection<String> values, String what) {
        if (values == null) {
            return List.of();
        }
        for (String v : values) {
            if (v == null) {
                throw new IllegalArgumentException(what + " must not contain null");
            }
        }
        return List.copyOf(values);
    }
}
