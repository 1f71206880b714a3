package dev.retort.command;

import java.util.List;

/**
 * What {@code retort revision} is asked for.
 *
 * @param message      the message ({@code -m})
 * @param head         the revision to build on ({@code --head}); null for the single head
 * @param splice       allow {@code head} to be a revision that has children already
 * @param branchLabels labels for the new revision
 * @param dependsOn    revisions (specs) the new one depends on without descending from them
 * @param revId        a chosen id, or null for a random one
 */
public record RevisionOptions(String message, String head, boolean splice, List<String> branchLabels,
                              List<String> dependsOn, String revId) {

    public RevisionOptions {
        branchLabels = branchLabels == null ? List.of() : List.copyOf(branchLabels);
        dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
    }

    public static RevisionOptions message(String message) {
        return new RevisionOptions(message, null, false, List.of(), List.of(), null);
    }
}
