package dev.retort.runtime;

import dev.retort.errors.ErrorKind;
import dev.retort.errors.RetortException;
import dev.retort.revision.RevisionGraph;
import dev.retort.revision.RevisionInfo;
import dev.retort.runtime.version.AppliedRevision;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The applied state comes from the version table's rows, not from their {@code is_head} flags alone: the
 * rows name what is applied, the graph says which of them are heads, and the flags must agree. A table
 * that contradicts the graph (an applied revision whose parent has no row) or itself (flags that do not
 * mark exactly the heads of the rows, as after a deleted row or cleared flags) is refused, naming the rows.
 */
public final class VersionTableCheck {
    private VersionTableCheck() {
    }

    /** Every contradiction between the rows, their flags and the graph; empty when the table is sound. */
    public static List<String> contradictions(RevisionGraph g, AppliedState rows) {
        List<String> out = new ArrayList<>();
        Set<String> ids = rows.ids();
        Set<String> known = ids.stream().filter(g::contains).collect(Collectors.toCollection(TreeSet::new));
        for (String id : known) {
            RevisionInfo r = g.get(id);
            for (String parent : r.parents()) {
                if (!ids.contains(parent)) {
                    out.add("revision " + id + " has a row, but its parent " + parent + " has none");
                }
            }
            for (String dependency : r.dependsOn()) {
                if (!ids.contains(dependency)) {
                    out.add("revision " + id + " has a row, but " + dependency + ", which it depends on, has none");
                }
            }
        }
        if (known.size() < ids.size()) {
            return out; // rows no migration declares: reported as missing migrations by the checksum check
        }
        SortedSet<String> heads = g.appliedHeads(known);
        for (String id : heads) {
            if (!rows.heads().contains(id)) {
                out.add("revision " + id + " is not marked as a head (is_head false), yet no applied revision "
                        + "descends from it");
            }
        }
        for (String id : rows.heads()) {
            if (!heads.contains(id)) {
                String child = g.descendants(id).stream().filter(ids::contains).findFirst().orElse("?");
                out.add("revision " + id + " is marked as a head (is_head true), yet applied revision " + child
                        + " descends from it");
            }
        }
        return out;
    }

    /**
     * The state the rows describe, with the heads derived from the rows.
     *
     * @param table the version table's qualified name, for the message
     * @throws RetortException VALIDATION naming the contradicting rows
     */
    public static AppliedState derive(RevisionGraph g, AppliedState rows, String table) {
        List<String> problems = contradictions(g, rows);
        if (!problems.isEmpty()) {
            throw refused(table, problems);
        }
        Set<String> known = rows.ids().stream().filter(g::contains).collect(Collectors.toSet());
        if (known.size() < rows.ids().size()) {
            return rows; // unknown revisions: their own flags are all there is to go by
        }
        return new AppliedState(rows.rows(), java.util.Collections.unmodifiableSet(new TreeSet<>(g.appliedHeads(known))));
    }

    static RetortException refused(String table, List<String> problems) {
        List<String> revisions = new ArrayList<>();
        for (String p : problems) {
            revisions.add(p.substring("revision ".length(), p.indexOf(' ', "revision ".length())));
        }
        return new RetortException(ErrorKind.VALIDATION, "the version table " + table
                + " contradicts itself or the migrations:\n  - " + String.join("\n  - ", problems)
                + "\nnothing was run. Find out which migrations the schema really has, then record that state with "
                + "'retort stamp <revision>' (it rewrites the rows and their heads).",
                null, revisions.stream().distinct().toList(), table, null);
    }

    /** For callers holding the version table's rows as a list. */
    public static AppliedState derive(RevisionGraph g, List<AppliedRevision> rows, String table) {
        return derive(g, AppliedState.of(rows), table);
    }
}
