package dev.retort.revision;

import static dev.retort.revision.Fixtures.assertMessageContains;
import static dev.retort.revision.Fixtures.fails;
import static dev.retort.revision.Fixtures.graph;
import static dev.retort.revision.Fixtures.ids;
import static dev.retort.revision.Fixtures.rev;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.revision.RevisionGraphException.Kind;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * <pre>
 * 1975ea <- ae1027 <- ae10ff
 *                  \- b2c3d4 (feature) <- b2c3e5
 * </pre>
 */
class ResolveTest {

    private final RevisionGraph g = graph(
            rev("1975ea"),
            rev("ae1027", "1975ea"),
            rev("ae10ff", "ae1027"),
            rev("b2c3d4", "ae1027").withBranchLabels("feature"),
            rev("b2c3e5", "b2c3d4"));

    private String one(String spec) {
        return g.resolve(spec).orElseThrow().id();
    }

    @Test
    void fullIdAndUniquePrefix() {
        assertEquals("ae1027", one("ae1027"));
        assertEquals("1975ea", one("1975"));
        assertEquals("ae10ff", one("ae10f"));
        assertEquals("1975ea", one("  1975ea "), "surrounding blanks are ignored");
    }

    @Test
    void ambiguousPrefixListsAllCandidates() {
        RevisionGraphException e = fails(Kind.AMBIGUOUS_PREFIX, () -> g.resolve("ae10"));
        assertEquals(List.of("ae1027", "ae10ff"), e.revisionIds());
        assertEquals("ae10", e.spec());
        assertMessageContains(e, "'ae10'", "ae1027", "ae10ff");
    }

    @Test
    void unknownRevisionNamesTheSpec() {
        RevisionGraphException e = fails(Kind.UNKNOWN_REVISION, () -> g.resolve("zzz"));
        assertEquals("zzz", e.spec());
        assertMessageContains(e, "Unknown revision 'zzz'");
        fails(Kind.UNKNOWN_REVISION, () -> g.resolve("ae1027x"));
    }

    @Test
    void headWithSeveralHeadsExplainsTheAlternatives() {
        RevisionGraphException e = fails(Kind.MULTIPLE_HEADS, () -> g.resolve("head"));
        assertEquals(List.of("ae10ff", "b2c3e5"), e.revisionIds());
        assertMessageContains(e, "ae10ff", "b2c3e5", "'heads'", "specific head", "label@head");
    }

    @Test
    void headsNamesAllHeads() {
        assertEquals(List.of("ae10ff", "b2c3e5"), ids(g.resolveAll("heads")));
        RevisionGraphException e = fails(Kind.MULTIPLE_HEADS, () -> g.resolve("heads"));
        assertEquals(List.of("ae10ff", "b2c3e5"), e.revisionIds());
    }

    @Test
    void headWithASingleHead() {
        RevisionGraph line = Fixtures.linear();
        assertEquals("r5", line.resolve("head").orElseThrow().id());
        assertEquals("r5", line.resolve("heads").orElseThrow().id());
    }

    @Test
    void baseIsEmpty() {
        assertTrue(g.resolve("base").isEmpty());
        assertTrue(g.resolveAll("base").isEmpty());
    }

    @Test
    void branchLabelAloneIsTheLabelledRevision() {
        assertEquals("b2c3d4", one("feature"));
    }

    @Test
    void labelAtHeadIsTheHeadReachableFromTheLabel() {
        assertEquals("b2c3e5", one("feature@head"));
        assertEquals(List.of("b2c3e5"), ids(g.resolveAll("feature@heads")));
        assertTrue(g.resolve("feature@base").isEmpty());
    }

    @Test
    void labelAtHeadWithSeveralHeadsOnTheBranch() {
        RevisionGraph split = graph(rev("r0").withBranchLabels("main"), rev("x", "r0"), rev("y", "r0"));
        RevisionGraphException e = fails(Kind.MULTIPLE_HEADS, () -> split.resolve("main@head"));
        assertEquals(List.of("x", "y"), e.revisionIds());
        assertEquals("main", e.branchLabel());
        assertMessageContains(e, "main@head", "x", "y");
    }

    @Test
    void labelAtPartialIdSearchesOnlyThatBranch() {
        assertEquals("b2c3e5", one("feature@b2c3e"));
        assertEquals("b2c3d4", one("feature@b2c3d4"));
        RevisionGraphException ambiguous = fails(Kind.AMBIGUOUS_PREFIX, () -> g.resolve("feature@b2c3"));
        assertEquals(List.of("b2c3d4", "b2c3e5"), ambiguous.revisionIds());
        RevisionGraphException off = fails(Kind.UNKNOWN_REVISION, () -> g.resolve("feature@ae10f"));
        assertEquals("feature", off.branchLabel());
        assertMessageContains(off, "feature", "ae10f");
    }

    @Test
    void unknownBranchLabel() {
        RevisionGraphException e = fails(Kind.UNKNOWN_BRANCH_LABEL, () -> g.resolve("nolabel@head"));
        assertEquals("nolabel", e.branchLabel());
        assertMessageContains(e, "'nolabel'", "nolabel@head");
        fails(Kind.UNKNOWN_BRANCH_LABEL, () -> g.resolve("nolabel@ae10"));
        // after a revision (not a label) only @head / @heads are meaningful
        fails(Kind.UNKNOWN_BRANCH_LABEL, () -> g.resolve("ae1027@b2c3"));
    }

    @Test
    void revisionAtHead() {
        assertEquals("ae10ff", one("ae10ff@head"));
        assertEquals("b2c3e5", one("b2c3d@head"));
        fails(Kind.MULTIPLE_HEADS, () -> g.resolve("ae1027@head"));
        assertEquals(List.of("ae10ff", "b2c3e5"), ids(g.resolveAll("1975ea@heads")));
    }

    @Test
    void exactLabelBeatsPrefix() {
        RevisionGraph labelled = graph(rev("abc123"), rev("abd456", "abc123").withBranchLabels("ab"));
        assertEquals("abd456", labelled.resolve("ab").orElseThrow().id());
        fails(Kind.AMBIGUOUS_PREFIX, () -> labelled.resolve("a"));
    }

    @Test
    void relativeToARevision() {
        assertEquals("b2c3d4", one("b2c3e5-1"));
        assertEquals("ae1027", one("b2c3e5-2"));
        assertEquals("1975ea", one("b2c3e5-3"));
        assertTrue(g.resolve("b2c3e5-4").isEmpty(), "4 steps below b2c3e5 is base");
        assertEquals("ae1027", one("1975ea+1"));
        assertEquals("b2c3e5", one("b2c3d4+1"));
        assertEquals("b2c3e5", one("feature+1"));
        assertEquals("b2c3d4", one("feature@head-1"));
        assertEquals("b2c3e5", one("b2c3e5+0"));
        assertEquals("1975ea", one("base+1"));
        assertEquals("ae1027", one("1975+1"), "anchor may be a prefix");
    }

    @Test
    void relativeStepPastBaseSaysHowManyStepsAreAvailable() {
        RevisionGraphException e = fails(Kind.RELATIVE_OUT_OF_RANGE, () -> g.resolve("b2c3e5-5"));
        assertEquals(4, e.availableSteps().orElseThrow());
        assertEquals(List.of("b2c3e5"), e.revisionIds());
        assertMessageContains(e, "'b2c3e5-5'", "past base", "only 4 step(s)", "b2c3e5");
        RevisionGraphException fromBase = fails(Kind.RELATIVE_OUT_OF_RANGE, () -> g.resolve("base-1"));
        assertEquals(0, fromBase.availableSteps().orElseThrow());
    }

    @Test
    void relativeStepPastHeadSaysHowManyStepsAreAvailable() {
        RevisionGraphException e = fails(Kind.RELATIVE_OUT_OF_RANGE, () -> g.resolve("b2c3d4+3"));
        assertEquals(1, e.availableSteps().orElseThrow());
        assertMessageContains(e, "past head", "only 1 step(s)", "b2c3d4");
    }

    @Test
    void relativeStepThroughABranchPointIsAmbiguous() {
        RevisionGraphException e = fails(Kind.AMBIGUOUS_RELATIVE, () -> g.resolve("1975ea+2"));
        assertEquals(List.of("ae10ff", "b2c3d4"), e.revisionIds());
        assertMessageContains(e, "ae1027", "ae10ff", "b2c3d4");
    }

    @Test
    void relativeStepThroughAMergeIsAmbiguous() {
        RevisionGraph m = Fixtures.merged();
        assertEquals("m1", m.resolve("m2-1").orElseThrow().id());
        RevisionGraphException e = fails(Kind.AMBIGUOUS_RELATIVE, () -> m.resolve("m2-2"));
        assertEquals(List.of("a2", "b2"), e.revisionIds());
        assertMessageContains(e, "m1", "merge");
    }

    @Test
    void relativeToCurrentNeedsACurrentState() {
        RevisionGraphException e = fails(Kind.INVALID_SPEC, () -> g.resolve("-1"));
        assertMessageContains(e, "'-1'", "current");
        fails(Kind.INVALID_SPEC, () -> g.resolve("+2"));
        fails(Kind.INVALID_SPEC, () -> g.resolve("feature@+1"));
    }

    @Test
    void relativeFromSeveralHeadsIsAmbiguous() {
        RevisionGraphException e = fails(Kind.MULTIPLE_HEADS, () -> g.resolve("heads-1"));
        assertEquals(List.of("ae10ff", "b2c3e5"), e.revisionIds());
    }

    @Test
    void malformedSpecs() {
        fails(Kind.INVALID_SPEC, () -> g.resolve(null));
        fails(Kind.INVALID_SPEC, () -> g.resolve("  "));
        fails(Kind.INVALID_SPEC, () -> g.resolve("feature@"));
        fails(Kind.INVALID_SPEC, () -> g.resolve("@head"));
        fails(Kind.INVALID_SPEC, () -> g.resolve("@+1"));
        fails(Kind.INVALID_SPEC, () -> g.resolve("a@b@c"));
    }

    @Test
    void labelWithDashIsNotReadAsARelativeStep() {
        RevisionGraph dashed = graph(rev("r1"), rev("r2", "r1").withBranchLabels("rel-2"), rev("r3", "r2"));
        assertEquals("r2", dashed.resolve("rel-2").orElseThrow().id());
        assertEquals("r3", dashed.resolve("rel-2@head").orElseThrow().id());
        assertEquals("r2", dashed.resolve("rel-2@head-1").orElseThrow().id());
    }
}
