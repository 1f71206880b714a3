package dev.retort.check;

import java.util.List;

/**
 * One operation the next migration would contain, as a reviewer reads it.
 *
 * @param table    the table it belongs to, or null for schema-level objects (sequences, enum types)
 * @param kind     a stable machine name, e.g. {@code add_column}
 * @param summary  words a reviewer understands, e.g. {@code add column users.phone_verified boolean}
 * @param warnings review warnings (data loss, locks), possibly empty
 */
public record DriftItem(String table, String kind, String summary, List<String> warnings) {
    public DriftItem {
        warnings = List.copyOf(warnings);
    }
}
