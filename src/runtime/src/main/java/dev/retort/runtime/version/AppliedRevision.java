package dev.retort.runtime.version;

import java.time.Instant;

/**
 * One row of the version table.
 *
 * @param revision    the revision id
 * @param checksum    sha-256 of the migration's source (or class bytes) when it was applied
 * @param appliedAt   when
 * @param executionMs how long the migration ran
 * @param appliedBy   operating-system user and host that ran it
 * @param head        whether no applied revision descends from it (the current state is the set of heads)
 * @param how         {@code upgrade} (ran) or {@code stamp} (recorded without running)
 */
public record AppliedRevision(String revision, String checksum, Instant appliedAt, long executionMs,
                              String appliedBy, boolean head, String how) {
    public static final String UPGRADE = "upgrade";
    public static final String STAMP = "stamp";
}
