package dev.retort.command;

import dev.retort.revision.RevisionGraph;
import dev.retort.revision.RevisionInfo;
import dev.retort.runtime.Direction;
import dev.retort.runtime.StepResult;
import dev.retort.runtime.load.LoadedMigration;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** The text forms of revisions and steps that commands print; one line each unless verbose. */
final class Describe {
    private Describe() {
    }

    static String parents(Collection<String> parents) {
        return parents.isEmpty() ? "<base>" : String.join(", ", parents);
    }

    /** {@code upgrade <base> -> ae1027a6acf0: add users (12 ms)} */
    static String step(StepResult r, RevisionGraph g) {
        RevisionInfo info = g.get(r.revision());
        String arrow = r.direction() == Direction.UPGRADE
                ? parents(info.parents()) + " -> " + r.revision()
                : r.revision() + " -> " + parents(info.parents());
        return r.direction().word() + " " + arrow + message(r.message()) + " (" + r.millis() + " ms)";
    }

    /** {@code ae1027a6acf0 -> 27c6a30d7c24 (head) (current), add column} */
    static String line(RevisionInfo r, RevisionGraph g, Set<String> current) {
        StringBuilder s = new StringBuilder(parents(r.parents())).append(" -> ").append(r.id());
        tags(s, r, g, current);
        return s.append(r.message() == null || r.message().isEmpty() ? "" : ", " + r.message()).toString();
    }

    /** The revision and its markers only: {@code 27c6a30d7c24 (head)}. */
    static String id(RevisionInfo r, RevisionGraph g, Set<String> current) {
        StringBuilder s = new StringBuilder(r.id());
        tags(s, r, g, current);
        return s.toString();
    }

    private static void tags(StringBuilder s, RevisionInfo r, RevisionGraph g, Set<String> current) {
        if (!r.branchLabels().isEmpty()) {
            s.append(" (").append(String.join(", ", r.branchLabels())).append(")");
        }
        if (g.children(r.id()).isEmpty()) {
            s.append(" (head)");
        }
        if (g.children(r.id()).size() > 1) {
            s.append(" (branchpoint)");
        }
        if (r.isMerge()) {
            s.append(" (mergepoint)");
        }
        if (current.contains(r.id())) {
            s.append(" (current)");
        }
    }

    static List<String> verbose(RevisionInfo r, RevisionGraph g, LoadedMigration m, Set<String> current) {
        List<String> out = new ArrayList<>();
        out.add("Rev: " + id(r, g, current));
        out.add("Parent: " + parents(r.parents()));
        if (!r.dependsOn().isEmpty()) {
            out.add("Also depends on: " + String.join(", ", r.dependsOn()));
        }
        List<String> children = g.children(r.id()).stream().map(RevisionInfo::id).toList();
        if (children.size() > 1) {
            out.add("Branches into: " + String.join(", ", children));
        }
        if (!r.branchLabels().isEmpty()) {
            out.add("Branch names: " + String.join(", ", r.branchLabels()));
        }
        out.add("Path: " + (m == null ? r.source() : m.source()));
        if (m != null && !m.created().isEmpty()) {
            out.add("Created: " + m.created());
        }
        out.add("");
        out.add("    " + (r.message() == null || r.message().isEmpty() ? "(no message)" : r.message()));
        out.add("");
        return out;
    }

    private static String message(String message) {
        return message == null || message.isEmpty() ? "" : ": " + message;
    }
}
