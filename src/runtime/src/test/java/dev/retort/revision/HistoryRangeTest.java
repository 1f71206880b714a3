package dev.retort.revision;

import static dev.retort.revision.Fixtures.assertMessageContains;
import static dev.retort.revision.Fixtures.branched;
import static dev.retort.revision.Fixtures.fails;
import static dev.retort.revision.Fixtures.ids;
import static dev.retort.revision.Fixtures.linear;
import static dev.retort.revision.Fixtures.merged;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.revision.RevisionGraphException.Kind;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class HistoryRangeTest {

    private final RevisionGraph line = linear();

    private List<String> range(RevisionGraph g, String spec) {
        return ids(g.range(spec));
    }

    @Test
    void wholeHistoryNewestFirst() {
        List<String> all = List.of("r5", "r4", "r3", "r2", "r1");
        assertEquals(all, range(line, "base:head"));
        assertEquals(all, range(line, "base:heads"));
        assertEquals(all, range(line, ":"));
        assertEquals(all, ids(line.iterate("base", "head")));
        assertEquals(all, ids(line.iterate(null, null)));
    }

    @Test
    void openEndedRangesIncludeTheGivenEnd() {
        assertEquals(List.of("r5", "r4", "r3", "r2"), range(line, "r2:"));
        assertEquals(List.of("r2", "r1"), range(line, ":r2"));
        assertEquals(List.of("r4", "r3", "r2"), range(line, "r2:r4"));
        assertEquals(List.of("r3"), range(line, "r3:r3"));
        assertEquals(List.of("r3", "r2", "r1"), ids(line.iterate(null, "r3")));
    }

    @Test
    void relativeEnds() {
        assertEquals(List.of("r5", "r4", "r3"), range(line, "-2:"));
        assertEquals(List.of("r4", "r3", "r2"), range(line, "-2:r4"));
        assertEquals(List.of("r4", "r3", "r2"), range(line, "r2:+2"));
        assertEquals(List.of("r2", "r1"), range(line, "base:+2"));
        assertEquals(List.of("r4", "r3"), range(line, "r4-1:r4"));
        assertEquals(List.of("r5", "r4", "r3", "r2", "r1"), range(line, "-5:"), "r5-5 is base");
    }

    @Test
    void relativeEndPastBaseOrHead() {
        RevisionGraphException e = fails(Kind.RELATIVE_OUT_OF_RANGE, () -> line.range("-9:"));
        assertEquals(5, e.availableSteps().orElseThrow());
        assertMessageContains(e, "'-9'", "only 5 step(s)");
        RevisionGraphException up = fails(Kind.RELATIVE_OUT_OF_RANGE, () -> line.range("r4:+3"));
        assertEquals(1, up.availableSteps().orElseThrow());
    }

    @Test
    void currentNamesTheGivenHeads() {
        assertEquals(List.of("r4", "r3", "r2", "r1"), ids(line.range("-3:current", Set.of("r4"))));
        assertEquals(List.of("r5", "r4", "r3"), ids(line.range("current:", Set.of("r3"))));
        assertEquals(List.of("r2", "r1"), ids(line.range(":current", Set.of("r2"))));
        RevisionGraphException e = fails(Kind.INVALID_SPEC, () -> line.range("current:"));
        assertMessageContains(e, "current");
    }

    @Test
    void lowerEndMustBeAnAncestorOfTheUpperEnd() {
        RevisionGraphException e = fails(Kind.NOT_REACHABLE, () -> line.range("r4:r2"));
        assertEquals(List.of("r4"), e.revisionIds());
        assertMessageContains(e, "r4", "r2", "ancestor");
        fails(Kind.NOT_REACHABLE, () -> branched().range("a1:b2"));
    }

    @Test
    void branchedHistory() {
        RevisionGraph g = branched();
        assertEquals(List.of("b2", "b1", "a2", "a1", "r1", "r0"), range(g, "base:heads"));
        assertEquals(List.of("a2", "a1"), range(g, "a1:"));
        assertEquals(List.of("a2", "a1", "r1"), range(g, "r1:alpha@head"));
        assertEquals(List.of("b2", "b1", "a2", "a1", "r1"), range(g, "r1:"));
        RevisionGraphException e = fails(Kind.MULTIPLE_HEADS, () -> g.range("-1:"));
        assertEquals(List.of("a2", "b2"), e.revisionIds());
        assertEquals(List.of("b2", "b1"), range(g, "-1:beta@head"));
    }

    @Test
    void mergedHistory() {
        RevisionGraph g = merged();
        assertEquals(List.of("m2", "m1", "b2", "b1"), range(g, "b1:"));
        assertEquals(List.of("m1", "b2", "b1", "a2", "a1", "r1", "r0"), range(g, ":m1"));
    }

    @Test
    void malformedRanges() {
        RevisionGraphException e = fails(Kind.INVALID_SPEC, () -> line.range("r2"));
        assertMessageContains(e, "'r2'", "lower:upper");
        fails(Kind.INVALID_SPEC, () -> line.range("r1:r2:r3"));
        fails(Kind.INVALID_SPEC, () -> line.range("+1:"));
        fails(Kind.INVALID_SPEC, () -> line.range("r1:-1"));
        fails(Kind.INVALID_SPEC, () -> line.range("-1:+1"));
        fails(Kind.UNKNOWN_REVISION, () -> line.range("zz:"));
    }
}
