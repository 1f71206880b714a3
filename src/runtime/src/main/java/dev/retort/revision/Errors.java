package dev.retort.revision;

import dev.retort.revision.RevisionGraphException.Kind;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Builds {@link RevisionGraphException}s: one place for every message text. */
final class Errors {

    private Errors() {
    }

    static String describe(RevisionInfo r) {
        return r.source() == null ? r.id() : r.id() + " (" + r.source() + ")";
    }

    static String src(String source) {
        return source == null ? "<unknown source>" : source;
    }

    static String join(Collection<String> ids) {
        return String.join(", ", ids);
    }

    private static RevisionGraphException ex(Kind kind, String message, List<String> ids, List<String> sources,
                                             String spec, String label, Integer available) {
        return new RevisionGraphException(kind, message, ids, sources, spec, label, available);
    }

    private static List<String> sourcesOf(List<RevisionInfo> revisions) {
        List<String> out = new ArrayList<>();
        for (RevisionInfo r : revisions) {
            out.add(r.source());
        }
        return out;
    }

    // ---------------------------------------------------------------- validation

    static RevisionGraphException duplicateId(RevisionInfo first, RevisionInfo second) {
        return ex(Kind.DUPLICATE_ID,
                "Duplicate revision id '" + first.id() + "' in " + src(first.source()) + " and " + src(second.source()),
                List.of(first.id()), sourcesOf(List.of(first, second)), null, null, null);
    }

    static RevisionGraphException missingParent(RevisionInfo child, String missing) {
        return ex(Kind.MISSING_PARENT,
                "Revision " + describe(child) + " has parent '" + missing + "' which does not exist",
                List.of(child.id(), missing), sourcesOf(List.of(child)), null, null, null);
    }

    static RevisionGraphException missingDependency(RevisionInfo rev, String missing) {
        return ex(Kind.MISSING_DEPENDENCY,
                "Revision " + describe(rev) + " depends on '" + missing
                        + "' which is neither a revision id nor a branch label",
                List.of(rev.id(), missing), sourcesOf(List.of(rev)), null, null, null);
    }

    static RevisionGraphException cycle(List<RevisionInfo> cycle) {
        List<String> ids = new ArrayList<>();
        StringBuilder path = new StringBuilder();
        for (RevisionInfo r : cycle) {
            ids.add(r.id());
            path.append(describe(r)).append(" -> ");
        }
        path.append(cycle.get(0).id());
        return ex(Kind.CYCLE,
                "Revisions form a cycle (each is a parent or dependency of the next): " + path,
                ids, sourcesOf(cycle), null, null, null);
    }

    static RevisionGraphException duplicateLabel(String label, RevisionInfo first, RevisionInfo second) {
        return ex(Kind.DUPLICATE_BRANCH_LABEL,
                "Branch label '" + label + "' is declared by both " + describe(first) + " and " + describe(second),
                List.of(first.id(), second.id()), sourcesOf(List.of(first, second)), null, label, null);
    }

    static RevisionGraphException invalidLabel(String label, RevisionInfo rev, String why) {
        return ex(Kind.INVALID_BRANCH_LABEL,
                "Branch label '" + label + "' on revision " + describe(rev) + " " + why,
                List.of(rev.id()), sourcesOf(List.of(rev)), null, label, null);
    }

    static RevisionGraphException labelIsRevisionId(String label, RevisionInfo rev, RevisionInfo clash) {
        return ex(Kind.INVALID_BRANCH_LABEL,
                "Branch label '" + label + "' on revision " + describe(rev) + " is also the id of revision "
                        + describe(clash),
                List.of(rev.id(), clash.id()), sourcesOf(List.of(rev, clash)), null, label, null);
    }

    static RevisionGraphException invalidRevisionId(String id, String source, String why) {
        List<String> sources = new ArrayList<>();
        sources.add(source);
        return ex(Kind.INVALID_REVISION_ID,
                "Invalid revision id '" + id + "'" + (source == null ? "" : " in " + source) + ": " + why,
                List.of(String.valueOf(id)), source == null ? List.of() : sources, String.valueOf(id), null, null);
    }

    static RevisionGraphException revisionIdExists(RevisionInfo existing) {
        return ex(Kind.INVALID_REVISION_ID,
                "Revision id '" + existing.id() + "' is already used by " + src(existing.source()),
                List.of(existing.id()), sourcesOf(List.of(existing)), existing.id(), null, null);
    }

    // ---------------------------------------------------------------- resolution

    static RevisionGraphException invalidSpec(String spec, String why) {
        return ex(Kind.INVALID_SPEC, "Invalid revision spec '" + spec + "': " + why,
                List.of(), List.of(), spec, null, null);
    }

    static RevisionGraphException unknownRevision(String spec) {
        return ex(Kind.UNKNOWN_REVISION, "Unknown revision '" + spec + "'", List.of(), List.of(), spec, null, null);
    }

    static RevisionGraphException unknownCurrent(String id) {
        return ex(Kind.UNKNOWN_REVISION,
                "Unknown revision '" + id + "' in the current (applied) revisions: it is not in the revision graph",
                List.of(id), List.of(), id, null, null);
    }

    static RevisionGraphException unknownOnBranch(String spec, String label, String partial) {
        return ex(Kind.UNKNOWN_REVISION,
                "Unknown revision '" + spec + "': no revision on branch '" + label + "' matches '" + partial + "'",
                List.of(), List.of(), spec, label, null);
    }

    static RevisionGraphException ambiguousPrefix(String spec, List<String> candidates) {
        return ex(Kind.AMBIGUOUS_PREFIX,
                "Ambiguous revision '" + spec + "' matches several revisions: " + join(candidates),
                candidates, List.of(), spec, null, null);
    }

    static RevisionGraphException multipleHeads(String spec, List<String> heads) {
        String advice = spec.equals("heads")
                ? "name a specific head revision, or label@head"
                : "use 'heads' for all of them, a specific head revision, or label@head";
        return ex(Kind.MULTIPLE_HEADS,
                "'" + spec + "' is ambiguous: there are several heads (" + join(heads) + "); " + advice,
                heads, List.of(), spec, null, null);
    }

    static RevisionGraphException multipleBranchHeads(String spec, String label, List<String> heads) {
        return ex(Kind.MULTIPLE_HEADS,
                "'" + spec + "' is ambiguous: several heads are reachable from '" + label + "' (" + join(heads)
                        + "); name a specific head revision",
                heads, List.of(), spec, label, null);
    }

    static RevisionGraphException unknownBranchLabel(String spec, String label) {
        return ex(Kind.UNKNOWN_BRANCH_LABEL,
                "Unknown branch label '" + label + "' in '" + spec + "'",
                List.of(), List.of(), spec, label, null);
    }

    // ---------------------------------------------------------------- relative steps, paths

    static RevisionGraphException pastHead(String spec, String from, int available) {
        return ex(Kind.RELATIVE_OUT_OF_RANGE,
                "Relative revision '" + spec + "' goes past head: only " + available + " step(s) available above "
                        + from,
                from.equals("base") ? List.of() : List.of(from), List.of(), spec, null, available);
    }

    static RevisionGraphException pastBase(String spec, String from, int available) {
        return ex(Kind.RELATIVE_OUT_OF_RANGE,
                "Relative revision '" + spec + "' goes past base: only " + available
                        + " step(s) available below " + from,
                from.equals("base") ? List.of() : List.of(from), List.of(), spec, null, available);
    }

    static RevisionGraphException ambiguousStep(String spec, String what, List<String> candidates) {
        return ex(Kind.AMBIGUOUS_RELATIVE,
                "Relative revision '" + spec + "' is ambiguous: " + what + " (" + join(candidates)
                        + "); use a specific revision or label@" + relativeTail(spec),
                candidates, List.of(), spec, null, null);
    }

    private static String relativeTail(String spec) {
        int at = spec.indexOf('@');
        String tail = at >= 0 ? spec.substring(at + 1) : spec;
        int sign = Math.max(tail.lastIndexOf('+'), tail.lastIndexOf('-'));
        return sign >= 0 ? tail.substring(sign) : tail;
    }

    static RevisionGraphException downgradeTargetNotApplied(String spec, List<String> notApplied,
                                                            Collection<String> currentHeads) {
        return ex(Kind.NOT_REACHABLE,
                "Cannot downgrade to '" + spec + "': " + join(notApplied) + " is not applied (current heads: "
                        + headsText(currentHeads) + "); use upgrade to move forward",
                notApplied, List.of(), spec, null, null);
    }

    static RevisionGraphException upgradeTargetBehind(String spec, List<String> behind,
                                                      Collection<String> currentHeads) {
        return ex(Kind.NOT_REACHABLE,
                "Cannot upgrade to '" + spec + "': " + join(behind) + " is already applied and below the current"
                        + " heads (" + headsText(currentHeads) + "); use downgrade to move back",
                behind, List.of(), spec, null, null);
    }

    static RevisionGraphException wrongDirection(String spec, String command, String other) {
        return ex(Kind.NOT_REACHABLE,
                "'" + spec + "' moves in the other direction; " + command + " cannot go there, use " + other,
                List.of(), List.of(), spec, null, null);
    }

    static RevisionGraphException notAncestor(String spec, String lower, Collection<String> upper) {
        return ex(Kind.NOT_REACHABLE,
                "Revision range '" + spec + "': " + lower + " is not an ancestor of "
                        + (upper.isEmpty() ? "base" : join(upper)),
                List.of(lower), List.of(), spec, null, null);
    }

    private static String headsText(Collection<String> heads) {
        return heads.isEmpty() ? "base, nothing applied" : join(heads);
    }

    static RevisionGraphException multipleHeadsForNewRevision(String spec, List<String> heads) {
        return ex(Kind.MULTIPLE_HEADS,
                "Multiple heads are present (" + join(heads) + "); use --head with a specific head revision or"
                        + " label@head to choose where the new revision goes, or merge the heads first",
                heads, List.of(), spec, null, null);
    }

    static RevisionGraphException notAHead(RevisionInfo rev, List<String> children) {
        List<String> ids = new ArrayList<>();
        ids.add(rev.id());
        ids.addAll(children);
        return ex(Kind.NOT_A_HEAD,
                "Revision " + describe(rev) + " is not a head revision (it has children: " + join(children)
                        + "); use --splice to create a new branch from it",
                ids, sourcesOf(List.of(rev)), rev.id(), null, null);
    }
}
