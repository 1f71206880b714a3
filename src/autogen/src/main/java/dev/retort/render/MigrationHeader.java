package dev.retort.render;

import javax.lang.model.SourceVersion;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * What goes into a migration's {@code @Revision} annotation, and the class name.
 *
 * @param revisionId   the revision id
 * @param parents      parent revision ids; empty for a base revision
 * @param message      the message given to {@code retort revision -m}; may be empty
 * @param created      creation time; rendered in UTC to the second
 * @param branchLabels branch labels; usually empty
 * @param dependsOn    revisions this one depends on without descending from them; usually empty
 * @param className    the class name, a valid Java identifier, see {@link MigrationNames#className}
 */
public record MigrationHeader(String revisionId, List<String> parents, String message, Instant created,
                              List<String> branchLabels, List<String> dependsOn, String className) {

    public MigrationHeader {
        if (revisionId == null || revisionId.isBlank()) {
            throw new IllegalArgumentException("revision id is missing");
        }
        parents = List.copyOf(parents == null ? List.of() : parents);
        message = Objects.requireNonNullElse(message, "");
        Objects.requireNonNull(created, () -> "created time of revision " + revisionId);
        created = created.truncatedTo(ChronoUnit.SECONDS);
        branchLabels = List.copyOf(branchLabels == null ? List.of() : branchLabels);
        dependsOn = List.copyOf(dependsOn == null ? List.of() : dependsOn);
        if (className == null || !SourceVersion.isIdentifier(className) || SourceVersion.isKeyword(className)) {
            throw new IllegalArgumentException("not a valid Java class name for revision " + revisionId + ": "
                    + className);
        }
    }

    /** A header with the class name derived from {@code created} and {@code message}, no branch labels or dependencies. */
    public static MigrationHeader of(String revisionId, List<String> parents, String message, Instant created) {
        return new MigrationHeader(revisionId, parents, message, created, List.of(), List.of(),
                MigrationNames.className(created, message));
    }
}
