package dev.retort.ops.review;

/** What can go wrong when an operation runs against a table that already holds rows. */
public enum RiskKind {
    /** Rows or values are deleted or truncated. */
    DATA_LOSS("data loss"),
    /** The statement fails when existing rows violate the new rule (NULLs, duplicates, orphans). */
    FAILS_ON_EXISTING_DATA("may fail on existing data"),
    /** The table is rewritten under an ACCESS EXCLUSIVE lock. */
    TABLE_REWRITE("table rewrite"),
    /** Writes to the table block until the statement finishes. */
    BLOCKS_WRITES("blocks writes"),
    /** Autogenerate read a dropped and an added column as one rename; the reviewer confirms it. */
    ASSUMED_RENAME("review the rename");

    private final String label;

    RiskKind(String label) {
        this.label = label;
    }

    /** The words used in review comments, e.g. {@code data loss}. */
    public String label() {
        return label;
    }
}
