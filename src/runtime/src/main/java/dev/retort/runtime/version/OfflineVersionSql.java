package dev.retort.runtime.version;

import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Version-table statements as SQL text for offline ({@code --sql}) scripts, where bind parameters cannot
 * be used: every value is a quoted literal.
 */
public final class OfflineVersionSql {
    private final VersionTable table;

    public OfflineVersionSql(VersionTable table) {
        this.table = table;
    }

    public String insert(String revision, String checksum, String appliedBy, String how) {
        return "INSERT INTO " + table.qualifiedName() + " (revision, checksum, execution_ms, applied_by, is_head, how) VALUES ("
                + literal(revision) + ", " + literal(checksum) + ", 0, " + literal(appliedBy) + ", false, " + literal(how) + ")";
    }

    public String delete(String revision) {
        return "DELETE FROM " + table.qualifiedName() + " WHERE revision = " + literal(revision);
    }

    public String markHeads(Collection<String> heads) {
        String list = heads.isEmpty() ? "NULL" : heads.stream().map(OfflineVersionSql::literal)
                .collect(Collectors.joining(", "));
        return "UPDATE " + table.qualifiedName() + " SET is_head = (revision IN (" + list + "))";
    }

    static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
