package dev.retort.revision;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * History ranges ({@code history -r lower:upper}): the lineage (parent edges) from the upper end down to the
 * lower end, both ends included, newest first.
 *
 * <p>Either end may be empty (lower defaults to {@code base}, upper to {@code heads}). A lower end {@code -N}
 * counts N steps below the upper end; an upper end {@code +N} counts N steps above the lower end.
 * {@code current} names the current heads when they are known.
 */
final class HistoryRange {

    private final RevisionGraph g;
    private final SpecResolver resolver;

    HistoryRange(RevisionGraph g, SpecResolver resolver) {
        this.g = g;
        this.resolver = resolver;
    }

    List<String> range(String spec, Set<String> currentHeads) {
        String s = SpecResolver.normalize(spec);
        int colon = s.indexOf(':');
        if (colon < 0 || s.indexOf(':', colon + 1) >= 0) {
            throw Errors.invalidSpec(s, "a history range is lower:upper, e.g. base:head, ae1:, :ae1 or -3:");
        }
        return iterate(s.substring(0, colon).strip(), s.substring(colon + 1).strip(), currentHeads, s);
    }

    List<String> iterate(String lower, String upper, Set<String> currentHeads, String text) {
        String lo = lower == null || lower.isBlank() ? "base" : lower.strip();
        String up = upper == null || upper.isBlank() ? "heads" : upper.strip();
        Optional<RelativeSpec> loRel = currentRelative(lo);
        Optional<RelativeSpec> upRel = currentRelative(up);
        if (loRel.isPresent() && loRel.get().steps() > 0) {
            throw Errors.invalidSpec(text, "the lower end may only count down from the upper end (-N)");
        }
        if (upRel.isPresent() && upRel.get().steps() < 0) {
            throw Errors.invalidSpec(text, "the upper end may only count up from the lower end (+N)");
        }
        if (loRel.isPresent() && upRel.isPresent()) {
            throw Errors.invalidSpec(text, "only one end of a range may be relative to the other");
        }

        List<String> upperIds;
        Optional<String> lowerId;
        if (upRel.isPresent()) {
            lowerId = single(lo, side(lo, currentHeads));
            upperIds = List.of(stepUp(lowerId, upRel.get()));
        } else {
            upperIds = side(up, currentHeads);
            if (loRel.isPresent()) {
                Optional<String> from = single(up, upperIds);
                if (from.isEmpty()) {
                    throw Errors.pastBase(loRel.get().text(), "base", 0);
                }
                lowerId = RelativeWalk.down(g, from.get(), loRel.get().count(), loRel.get().text());
            } else {
                lowerId = single(lo, side(lo, currentHeads));
            }
        }

        Set<String> lineage = Traversal.downward(g, upperIds, false);
        if (lowerId.isPresent()) {
            if (!lineage.contains(lowerId.get())) {
                throw Errors.notAncestor(text, lowerId.get(), upperIds);
            }
            lineage.retainAll(Traversal.upward(g, List.of(lowerId.get()), false));
        }
        return TopoOrder.childrenFirst(g, lineage);
    }

    private String stepUp(Optional<String> lowerId, RelativeSpec rel) {
        if (rel.steps() == 0) {
            throw Errors.invalidSpec(rel.text(), "+0 names no revision above the lower end");
        }
        List<String> from = lowerId.map(List::of).orElse(List.of());
        return RelativeWalk.up(g, lowerId.orElse("base"), RelativeWalk.nextUp(g, from), rel.count(), rel.text());
    }

    private static Optional<RelativeSpec> currentRelative(String end) {
        return RelativeSpec.parse(end).filter(r -> r.anchor() == null && r.label() == null);
    }

    private List<String> side(String end, Set<String> currentHeads) {
        if (end.equals("current")) {
            if (currentHeads == null) {
                throw Errors.invalidSpec(end, "'current' needs the current revisions (pass them to range)");
            }
            return AppliedSet.of(g, currentHeads).heads();
        }
        return resolver.resolve(end);
    }

    private static Optional<String> single(String end, List<String> ids) {
        if (ids.size() > 1) {
            throw Errors.multipleHeads(end, ids);
        }
        return ids.stream().findFirst();
    }
}
