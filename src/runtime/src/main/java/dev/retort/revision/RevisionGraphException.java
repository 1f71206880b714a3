package dev.retort.revision;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;

/**
 * Every failure of the revision package: a {@link Kind} plus the data the message was built from, so
 * callers (CLI, tests) can react to the ids involved without parsing text.
 */
public final class RevisionGraphException extends RuntimeException {

    /** What went wrong. */
    public enum Kind {
        // ---- graph validation (RevisionGraph.of)
        /** Two revisions share an id. ids = [id], sources = both files. */
        DUPLICATE_ID,
        /** A parent id does not exist. ids = [child, missing parent], sources = [child's source]. */
        MISSING_PARENT,
        /** A depends-on target does not exist. ids = [revision, missing target], sources = [revision's source]. */
        MISSING_DEPENDENCY,
        /** Parent/depends-on edges form a cycle. ids = the cycle in upgrade order, sources aligned with ids. */
        CYCLE,
        /** Two revisions declare the same branch label. ids = both revisions, sources aligned, branchLabel set. */
        DUPLICATE_BRANCH_LABEL,
        /** A branch label is reserved, malformed or equal to a revision id. ids = [revision (, clashing id)]. */
        INVALID_BRANCH_LABEL,
        /** A revision id is malformed or reserved (loaded revision or user supplied --rev-id). */
        INVALID_REVISION_ID,

        // ---- resolving revision specs
        /** Nothing matches the spec. */
        UNKNOWN_REVISION,
        /** A partial id matches several revisions. ids = the candidates. */
        AMBIGUOUS_PREFIX,
        /** {@code head} (or {@code label@head}, or an implicit single head) but there are several. ids = the heads. */
        MULTIPLE_HEADS,
        /** {@code label@...} with a label that does not exist. */
        UNKNOWN_BRANCH_LABEL,
        /** The spec is syntactically wrong or not allowed in this place. */
        INVALID_SPEC,

        // ---- paths and ranges
        /** A relative step (or a current state) has several possible next revisions. ids = the candidates. */
        AMBIGUOUS_RELATIVE,
        /** A relative step goes past base or past head. availableSteps is set. */
        RELATIVE_OUT_OF_RANGE,
        /** The target is not in the requested direction (downgrade to something not applied, upgrade to something
         *  already below the current heads, history range whose lower end is not below its upper end). */
        NOT_REACHABLE,
        /** {@code revision --head X} where X is not a head, without {@code --splice}. ids = [X, its children...]. */
        NOT_A_HEAD
    }

    private final Kind kind;
    private final List<String> revisionIds;
    private final List<String> sources;
    private final String spec;
    private final String branchLabel;
    private final Integer availableSteps;

    RevisionGraphException(Kind kind, String message, List<String> revisionIds, List<String> sources,
                           String spec, String branchLabel, Integer availableSteps) {
        super(message);
        this.kind = kind;
        this.revisionIds = Collections.unmodifiableList(new ArrayList<>(revisionIds));
        this.sources = Collections.unmodifiableList(new ArrayList<>(sources));
        this.spec = spec;
        this.branchLabel = branchLabel;
        this.availableSteps = availableSteps;
    }

    public Kind kind() {
        return kind;
    }

    /** The revision ids involved, in the order documented on each {@link Kind}. */
    public List<String> revisionIds() {
        return revisionIds;
    }

    /** Source files/classes of the revisions involved (may contain null when a source is unknown). */
    public List<String> sources() {
        return sources;
    }

    /** The user-supplied spec the error is about, or null. */
    public String spec() {
        return spec;
    }

    /** The branch label the error is about, or null. */
    public String branchLabel() {
        return branchLabel;
    }

    /** For {@link Kind#RELATIVE_OUT_OF_RANGE}: how many steps were available. */
    public OptionalInt availableSteps() {
        return availableSteps == null ? OptionalInt.empty() : OptionalInt.of(availableSteps);
    }
}
