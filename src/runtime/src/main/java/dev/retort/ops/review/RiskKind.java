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
    /** A column or table is renamed (keeping its data); the reviewer confirms it is the same object. */
    ASSUMED_RENAME("review the rename"),
    /**
     * A dropped and an added column (or table) match in all but the name: if they are one object renamed, the
     * drop loses its data. The comment names the {@code --rename} hint that keeps it.
     */
    POSSIBLE_RENAME("possible rename");

    private final String label;

    RiskKind(String label) {
        this.label = label;
    }

    /** The words used in review comments, e.g. {@code data loss}. */
    public String label() {
        return label;
    }
}
