package dev.retort.runtime;

import dev.retort.runtime.version.AppliedRevision;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the version table says: every applied revision, and the heads among them.
 *
 * @param rows  by revision id, in applied order
 * @param heads the current revisions
 */
public record AppliedState(Map<String, AppliedRevision> rows, Set<String> heads) {

    public static AppliedState of(List<AppliedRevision> rows) {
        Map<String, AppliedRevision> byId = new LinkedHashMap<>();
        Set<String> heads = new TreeSet<>();
        for (AppliedRevision r : rows) {
            byId.put(r.revision(), r);
            if (r.head()) {
                heads.add(r.revision());
            }
        }
        return new AppliedState(java.util.Collections.unmodifiableMap(byId), java.util.Collections.unmodifiableSet(heads));
    }

    public Set<String> ids() {
        return rows.keySet();
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
