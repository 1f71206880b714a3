package dev.retort.cli;

import dev.retort.revision.RevisionGraphException;

/** How to fix a revision-graph or target error, appended to its message when the message has no advice. */
public final class Hints {
    private Hints() {
    }

    public static String forError(Throwable e) {
        if (!(e instanceof RevisionGraphException g)) {
            return "";
        }
        return switch (g.kind()) {
            case CYCLE -> "; fix the parents = {...} of one of these @Revision headers to break the cycle";
            case MISSING_PARENT, MISSING_DEPENDENCY -> "; fix parents/dependsOn in that @Revision header, or restore the migration that declared it";
            case DUPLICATE_ID -> "; give one of them a new id (any unused letters and digits) in its @Revision header";
            case DUPLICATE_BRANCH_LABEL -> "; remove the label from one of them";
            case AMBIGUOUS_PREFIX -> "; type more characters of the id";
            case UNKNOWN_REVISION, UNKNOWN_BRANCH_LABEL -> "; see 'retort history' and 'retort heads' for what exists";
            default -> "";
        };
    }
}
