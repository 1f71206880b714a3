package dev.retort.revision;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Computes the ordered revisions an upgrade applies or a downgrade un-applies. */
final class MigrationPlanner {

    private final RevisionGraph g;
    private final SpecResolver resolver;

    MigrationPlanner(RevisionGraph g, SpecResolver resolver) {
        this.g = g;
        this.resolver = resolver;
    }

    // ------------------------------------------------------------------ upgrade

    List<String> upgrade(Set<String> currentHeads, String target) {
        AppliedSet state = AppliedSet.of(g, currentHeads);
        String spec = SpecResolver.normalize(target);
        List<String> targets = upgradeTargets(state, spec);
        if (targets.isEmpty() && !state.applied().isEmpty()) {
            throw Errors.wrongDirection(spec, "upgrade", "downgrade");
        }
        List<String> behind = new ArrayList<>();
        for (String t : targets) {
            if (state.isApplied(t) && !state.heads().contains(t)) {
                behind.add(t);
            }
        }
        if (!behind.isEmpty()) {
            throw Errors.upgradeTargetBehind(spec, behind, state.heads());
        }
        Set<String> toApply = Traversal.downward(g, targets, true);
        toApply.removeAll(state.applied());
        return TopoOrder.parentsFirst(g, toApply);
    }

    private List<String> upgradeTargets(AppliedSet state, String spec) {
        Optional<RelativeSpec> parsed = RelativeSpec.parse(spec);
        if (parsed.isEmpty() || !isFromCurrent(parsed.get())) {
            return resolver.resolve(spec);
        }
        RelativeSpec rel = parsed.get();
        if (rel.steps() == 0) {
            return state.heads();
        }
        if (!rel.up()) {
            throw Errors.wrongDirection(spec, "upgrade", "downgrade");
        }
        if (rel.label() == null) {
            String fromText = state.heads().isEmpty() ? "base" : Errors.join(state.heads());
            return List.of(RelativeWalk.up(g, fromText, RelativeWalk.nextUp(g, state.heads()), rel.count(), spec));
        }
        Optional<String> onBranch = currentOnBranch(state, rel);
        if (onBranch.isPresent()) {
            String from = onBranch.get();
            return List.of(RelativeWalk.up(g, from, g.childIds(from), rel.count(), spec));
        }
        List<String> roots = List.copyOf(BranchLabels.roots(g, rel.label()));
        return List.of(RelativeWalk.up(g, rel.label() + "@base", roots, rel.count(), spec));
    }

    // ------------------------------------------------------------------ downgrade

    List<String> downgrade(Set<String> currentHeads, String target) {
        AppliedSet state = AppliedSet.of(g, currentHeads);
        String spec = SpecResolver.normalize(target);
        Set<String> remove = toRemove(state, spec);
        remove.retainAll(state.applied());
        return TopoOrder.childrenFirst(g, remove);
    }

    private Set<String> toRemove(AppliedSet state, String spec) {
        if (spec.equals("base")) {
            return new HashSet<>(state.applied());
        }
        Optional<RelativeSpec> parsed = RelativeSpec.parse(spec);
        if (parsed.isPresent() && isFromCurrent(parsed.get())) {
            return relativeFromCurrent(state, parsed.get());
        }
        if (parsed.isPresent() && parsed.get().steps() < 0 && !g.has(spec) && g.labelOwner(spec) == null) {
            return relativeFromAnchor(state, parsed.get());
        }
        int at = spec.indexOf('@');
        if (at > 0 && spec.substring(at + 1).equals("base")) {
            String label = spec.substring(0, at);
            if (g.labelOwner(label) == null) {
                throw Errors.unknownBranchLabel(spec, label);
            }
            return Traversal.upward(g, BranchLabels.roots(g, label), true);
        }
        List<String> targets = resolver.resolve(spec);
        if (targets.isEmpty()) {
            return new HashSet<>(state.applied());
        }
        List<String> notApplied = new ArrayList<>();
        for (String t : targets) {
            if (!state.isApplied(t)) {
                notApplied.add(t);
            }
        }
        if (!notApplied.isEmpty()) {
            throw Errors.downgradeTargetNotApplied(spec, notApplied, state.heads());
        }
        Set<String> above = Traversal.upward(g, targets, true);
        above.removeAll(targets);
        return above;
    }

    /** {@code -N} / {@code label@-N}: un-apply N revisions going down from the current head. */
    private Set<String> relativeFromCurrent(AppliedSet state, RelativeSpec rel) {
        if (rel.steps() == 0) {
            return new HashSet<>();
        }
        if (rel.up()) {
            throw Errors.wrongDirection(rel.text(), "downgrade", "upgrade");
        }
        String start;
        if (rel.label() == null) {
            if (state.heads().size() > 1) {
                throw Errors.ambiguousStep(rel.text(), "there are several current heads", state.heads());
            }
            if (state.heads().isEmpty()) {
                throw Errors.pastBase(rel.text(), "base", 0);
            }
            start = state.heads().get(0);
        } else {
            start = currentOnBranch(state, rel)
                    .orElseThrow(() -> Errors.pastBase(rel.text(), rel.label() + "@base", 0));
        }
        return lastAndAbove(RelativeWalk.chainDown(g, start, rel.count(), rel.text()));
    }

    /** {@code rev-N}: un-apply rev, its parent, ... (N revisions), and whatever is applied above them. */
    private Set<String> relativeFromAnchor(AppliedSet state, RelativeSpec rel) {
        List<String> anchor = resolver.resolve(rel.anchor());
        if (anchor.size() > 1) {
            throw Errors.multipleHeads(rel.anchor(), anchor);
        }
        if (anchor.isEmpty()) {
            throw Errors.pastBase(rel.text(), "base", 0);
        }
        List<String> chain = RelativeWalk.chainDown(g, anchor.get(0), rel.count(), rel.text());
        String last = chain.get(chain.size() - 1);
        List<String> notApplied = new ArrayList<>();
        for (String p : g.parentIds(last)) {
            if (!state.isApplied(p)) {
                notApplied.add(p);
            }
        }
        if (!notApplied.isEmpty()) {
            throw Errors.downgradeTargetNotApplied(rel.text(), notApplied, state.heads());
        }
        return lastAndAbove(chain);
    }

    private Set<String> lastAndAbove(List<String> chain) {
        return Traversal.upward(g, List.of(chain.get(chain.size() - 1)), true);
    }

    // ------------------------------------------------------------------ shared

    /** {@code +N}, {@code -N}, {@code label@+N}, {@code label@-N}: counted from the current state. */
    private static boolean isFromCurrent(RelativeSpec rel) {
        return rel.anchor() == null;
    }

    /** The single current head on the branch of {@code rel.label()}, if any. */
    private Optional<String> currentOnBranch(AppliedSet state, RelativeSpec rel) {
        if (g.labelOwner(rel.label()) == null) {
            throw Errors.unknownBranchLabel(rel.text(), rel.label());
        }
        Set<String> members = BranchLabels.members(g, rel.label());
        List<String> onBranch = new ArrayList<>();
        for (String h : state.heads()) {
            if (members.contains(h)) {
                onBranch.add(h);
            }
        }
        if (onBranch.size() > 1) {
            throw Errors.ambiguousStep(rel.text(), "several current heads are on branch " + rel.label(), onBranch);
        }
        return onBranch.stream().findFirst();
    }
}
