package dev.retort.command;

import dev.retort.errors.ErrorKind;
import dev.retort.errors.RetortException;
import dev.retort.revision.RevisionGraph;
import dev.retort.revision.RevisionInfo;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The two conditions autogenerate and {@code check} need before comparing: one head, and a database at
 * it. As in Alembic, comparing a database that is behind would write a migration repeating ones that
 * exist.
 */
public final class HeadGuard {
    private HeadGuard() {
    }

    public static Set<String> heads(RevisionGraph g) {
        return new TreeSet<>(g.heads().stream().map(RevisionInfo::id).toList());
    }

    /** Null when fine, else the problem in words with the fix. */
    public static String multipleHeads(RevisionGraph g) {
        Set<String> heads = heads(g);
        if (heads.size() <= 1) {
            return null;
        }
        return "the migrations have " + heads.size() + " heads " + heads + " (a merge is needed): run "
                + "retort merge -m \"merge heads\" heads, then retort upgrade heads";
    }

    /** Null when fine, else the problem in words with the fix. */
    static String notAtHead(RevisionGraph g, Set<String> current) {
        Set<String> heads = heads(g);
        if (heads.equals(new TreeSet<>(current))) {
            return null;
        }
        return "the database is at " + (current.isEmpty() ? "base" : new TreeSet<>(current)) + ", not at head "
                + (heads.isEmpty() ? "base" : heads) + ": run retort upgrade heads first";
    }

    static void require(RevisionGraph g, Set<String> current) {
        String m = multipleHeads(g);
        if (m != null) {
            throw new RetortException(ErrorKind.MULTIPLE_HEADS, m, null, List.copyOf(heads(g)), null, null);
        }
        String n = notAtHead(g, current);
        if (n != null) {
            throw new RetortException(ErrorKind.NOT_AT_HEAD, n, null, List.copyOf(current), null, null);
        }
    }
}
