package dev.retort.revision;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a revision spec into revision ids. An empty result means {@code base} (before any revision).
 *
 * <p>Accepted, in order of precedence: {@code heads}, {@code head}, {@code base}, a full id, a branch label
 * (the labelled revision), {@code spec+N} / {@code spec-N}, {@code label@head}, {@code label@heads},
 * {@code label@base}, {@code label@<partial id>}, {@code rev@head}, and finally a unique id prefix.
 */
final class SpecResolver {

    private final RevisionGraph g;

    SpecResolver(RevisionGraph g) {
        this.g = g;
    }

    List<String> resolve(String spec) {
        String s = normalize(spec);
        switch (s) {
            case "heads":
                return g.headIds();
            case "head":
                return singleHead(s, g.headIds());
            case "base":
                return List.of();
            default:
                break;
        }
        if (g.has(s)) {
            return List.of(s);
        }
        String owner = g.labelOwner(s);
        if (owner != null) {
            return List.of(owner);
        }
        Optional<RelativeSpec> relative = RelativeSpec.parse(s);
        if (relative.isPresent()) {
            return relative(relative.get());
        }
        int at = s.indexOf('@');
        if (at >= 0) {
            return branchQualified(s, s.substring(0, at), s.substring(at + 1));
        }
        return List.of(byPrefix(s, s));
    }

    static String normalize(String spec) {
        if (spec == null || spec.isBlank()) {
            throw Errors.invalidSpec(String.valueOf(spec), "a revision spec must not be empty");
        }
        return spec.strip();
    }

    private List<String> singleHead(String spec, List<String> heads) {
        if (heads.size() > 1) {
            throw Errors.multipleHeads(spec, heads);
        }
        return heads;
    }

    private List<String> relative(RelativeSpec rel) {
        if (rel.fromCurrent()) {
            throw Errors.invalidSpec(rel.text(),
                    "it is relative to the current revision, which only upgrade and downgrade know");
        }
        List<String> anchor = resolve(rel.anchor());
        if (anchor.size() > 1) {
            throw Errors.multipleHeads(rel.anchor(), anchor);
        }
        if (rel.steps() == 0) {
            return anchor;
        }
        if (rel.up()) {
            String fromText = anchor.isEmpty() ? "base" : anchor.get(0);
            return List.of(RelativeWalk.up(g, fromText, RelativeWalk.nextUp(g, anchor), rel.count(), rel.text()));
        }
        if (anchor.isEmpty()) {
            throw Errors.pastBase(rel.text(), "base", 0);
        }
        return RelativeWalk.down(g, anchor.get(0), rel.count(), rel.text()).map(List::of).orElse(List.of());
    }

    private List<String> branchQualified(String spec, String left, String right) {
        if (left.isEmpty() || right.isEmpty() || right.contains("@")) {
            throw Errors.invalidSpec(spec, "expected label@head, label@base or label@<revision>");
        }
        String owner = g.labelOwner(left);
        if (owner == null) {
            // rev@head: the head reachable from a revision given by id or prefix
            if (!right.equals("head") && !right.equals("heads")) {
                throw Errors.unknownBranchLabel(spec, left);
            }
            if (!g.has(left) && g.idsWithPrefix(left).isEmpty()) {
                throw Errors.unknownBranchLabel(spec, left);
            }
            owner = byPrefix(left, spec);
        }
        switch (right) {
            case "head": {
                List<String> heads = reachableHeads(owner);
                if (heads.size() > 1) {
                    throw Errors.multipleBranchHeads(spec, left, heads);
                }
                return heads;
            }
            case "heads":
                return reachableHeads(owner);
            case "base":
                return List.of();
            default:
                return List.of(onBranch(spec, left, right));
        }
    }

    private List<String> reachableHeads(String from) {
        Set<String> above = Traversal.upward(g, List.of(from), false);
        List<String> heads = new ArrayList<>();
        for (String h : g.headIds()) {
            if (above.contains(h)) {
                heads.add(h);
            }
        }
        return heads;
    }

    private String onBranch(String spec, String label, String partial) {
        Set<String> members = BranchLabels.members(g, label);
        if (members.contains(partial)) {
            return partial;
        }
        List<String> candidates = new ArrayList<>();
        for (String m : members) {
            if (m.startsWith(partial)) {
                candidates.add(m);
            }
        }
        if (candidates.isEmpty()) {
            throw Errors.unknownOnBranch(spec, label, partial);
        }
        if (candidates.size() > 1) {
            throw Errors.ambiguousPrefix(spec, candidates);
        }
        return candidates.get(0);
    }

    private String byPrefix(String prefix, String spec) {
        if (g.has(prefix)) {
            return prefix;
        }
        List<String> candidates = g.idsWithPrefix(prefix);
        if (candidates.isEmpty()) {
            throw Errors.unknownRevision(spec);
        }
        if (candidates.size() > 1) {
            throw Errors.ambiguousPrefix(spec, candidates);
        }
        return candidates.get(0);
    }
}
