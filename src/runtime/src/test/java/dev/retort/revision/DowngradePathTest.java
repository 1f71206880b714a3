package dev.retort.revision;

import static dev.retort.revision.Fixtures.assertMessageContains;
import static dev.retort.revision.Fixtures.branched;
import static dev.retort.revision.Fixtures.fails;
import static dev.retort.revision.Fixtures.ids;
import static dev.retort.revision.Fixtures.linear;
import static dev.retort.revision.Fixtures.merged;
import static dev.retort.revision.Fixtures.withDependency;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.retort.revision.RevisionGraphException.Kind;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class DowngradePathTest {

    private static List<String> down(RevisionGraph g, Set<String> current, String target) {
        return ids(g.downgradePath(current, target));
    }

    @Test
    void toBaseUnappliesEverythingChildrenFirst() {
        assertEquals(List.of("r5", "r4", "r3", "r2", "r1"), down(linear(), Set.of("r5"), "base"));
        assertEquals(List.of("b2", "b1", "a2", "a1", "r1", "r0"), down(branched(), Set.of("a2", "b2"), "base"));
        assertEquals(List.of(), down(linear(), Set.of(), "base"));
    }

    @Test
    void toASpecificRevisionUnappliesWhatIsAboveIt() {
        assertEquals(List.of("r5", "r4"), down(linear(), Set.of("r5"), "r3"));
        assertEquals(List.of(), down(linear(), Set.of("r5"), "r5"));
        assertEquals(List.of("b2", "b1", "a2", "a1"), down(branched(), Set.of("a2", "b2"), "r1"));
        // other branches are left alone
        assertEquals(List.of("a2"), down(branched(), Set.of("a2", "b2"), "a1"));
        assertEquals(List.of("b2"), down(branched(), Set.of("a2", "b2"), "beta"));
    }

    @Test
    void targetAheadOfCurrentIsNotReachable() {
        RevisionGraphException e = fails(Kind.NOT_REACHABLE, () -> linear().downgradePath(Set.of("r3"), "r4"));
        assertEquals(List.of("r4"), e.revisionIds());
        assertMessageContains(e, "'r4'", "not applied", "r3", "upgrade");
        RevisionGraphException heads = fails(Kind.NOT_REACHABLE,
                () -> branched().downgradePath(Set.of("a2"), "heads"));
        assertEquals(List.of("b2"), heads.revisionIds());
        fails(Kind.NOT_REACHABLE, () -> branched().downgradePath(Set.of("a2"), "b1"));
    }

    @Test
    void relativeDownFromCurrent() {
        RevisionGraph g = linear();
        assertEquals(List.of("r5", "r4"), down(g, Set.of("r5"), "-2"));
        assertEquals(List.of("r5", "r4", "r3", "r2", "r1"), down(g, Set.of("r5"), "-5"));
        assertEquals(List.of(), down(g, Set.of("r5"), "-0"));
        assertEquals(List.of("r3"), down(g, Set.of("r3"), "-1"));
    }

    @Test
    void relativeDownPastBaseSaysHowManyStepsAreAvailable() {
        RevisionGraphException e = fails(Kind.RELATIVE_OUT_OF_RANGE, () -> linear().downgradePath(Set.of("r5"), "-6"));
        assertEquals(5, e.availableSteps().orElseThrow());
        assertMessageContains(e, "'-6'", "past base", "only 5 step(s)", "r5");
        RevisionGraphException empty = fails(Kind.RELATIVE_OUT_OF_RANGE,
                () -> linear().downgradePath(Set.of(), "-1"));
        assertEquals(0, empty.availableSteps().orElseThrow());
    }

    @Test
    void relativeUpIsTheWrongDirection() {
        RevisionGraphException e = fails(Kind.NOT_REACHABLE, () -> linear().downgradePath(Set.of("r3"), "+1"));
        assertMessageContains(e, "'+1'", "upgrade");
    }

    @Test
    void relativeDownWithSeveralHeadsNeedsABranch() {
        RevisionGraph g = branched();
        RevisionGraphException e = fails(Kind.AMBIGUOUS_RELATIVE, () -> g.downgradePath(Set.of("a2", "b2"), "-1"));
        assertEquals(List.of("a2", "b2"), e.revisionIds());
        assertMessageContains(e, "a2", "b2", "label@-1");
        assertEquals(List.of("a2"), down(g, Set.of("a2", "b2"), "alpha@-1"));
        assertEquals(List.of("b2", "b1"), down(g, Set.of("a2", "b2"), "beta@-2"));
        // going below the branch takes the shared trunk revision, and so everything built on it
        assertEquals(List.of("b2", "b1", "a2", "a1", "r1"), down(g, Set.of("a2", "b2"), "beta@-3"));
        RevisionGraphException none = fails(Kind.RELATIVE_OUT_OF_RANGE,
                () -> g.downgradePath(Set.of("a2"), "beta@-1"));
        assertEquals(0, none.availableSteps().orElseThrow());
    }

    @Test
    void relativeDownFromAMerge() {
        RevisionGraph g = merged();
        assertEquals(List.of("m2"), down(g, Set.of("m2"), "-1"));
        assertEquals(List.of("m2", "m1"), down(g, Set.of("m2"), "-2"));
        RevisionGraphException e = fails(Kind.AMBIGUOUS_RELATIVE, () -> g.downgradePath(Set.of("m2"), "-3"));
        assertEquals(List.of("a2", "b2"), e.revisionIds());
        assertMessageContains(e, "m1", "merge");
        assertEquals(List.of("m2", "m1", "a2"), down(g, Set.of("m2"), "a1"));
    }

    @Test
    void relativeDownFromARevision() {
        RevisionGraph g = linear();
        assertEquals(List.of("r5", "r4", "r3"), down(g, Set.of("r5"), "r4-2"));
        assertEquals(List.of("r5", "r4", "r3"), down(g, Set.of("r5"), "r3-1"));
        assertEquals(List.of("r5", "r4", "r3"), down(g, Set.of("r5"), "r2-0"));
        assertEquals(List.of(), down(g, Set.of("r3"), "r4-1"), "r4-1 is r3, the current head");
        RevisionGraphException e = fails(Kind.NOT_REACHABLE, () -> g.downgradePath(Set.of("r3"), "r5-1"));
        assertEquals(List.of("r4"), e.revisionIds());
        RevisionGraphException past = fails(Kind.RELATIVE_OUT_OF_RANGE, () -> g.downgradePath(Set.of("r5"), "r2-3"));
        assertEquals(2, past.availableSteps().orElseThrow());
        assertMessageContains(past, "only 2 step(s)", "r2");
    }

    @Test
    void labelAtBaseRemovesTheBranch() {
        RevisionGraph g = branched();
        assertEquals(List.of("a2", "a1"), down(g, Set.of("a2", "b2"), "alpha@base"));
        assertEquals(List.of("b2", "b1"), down(g, Set.of("a2", "b2"), "beta@base"));
        assertEquals(List.of(), down(g, Set.of("a2"), "beta@base"));
        RevisionGraphException e = fails(Kind.UNKNOWN_BRANCH_LABEL,
                () -> g.downgradePath(Set.of("a2"), "gamma@base"));
        assertEquals("gamma", e.branchLabel());
    }

    @Test
    void dependentsAreUnappliedBeforeTheirDependencies() {
        RevisionGraph g = withDependency();
        assertEquals(List.of("c3", "c2", "x2"), down(g, Set.of("c3", "x2"), "x1"));
        assertEquals(List.of("c3", "c2", "x2", "x1"), down(g, Set.of("c3", "x2"), "ext@base"));
        // x2 is applied because c2 needs it, even if the current heads only name c3
        assertEquals(List.of("c3", "c2", "x2", "x1", "c1"), down(g, Set.of("c3"), "base"));
    }

    @Test
    void unknownCurrentRevision() {
        fails(Kind.UNKNOWN_REVISION, () -> linear().downgradePath(Set.of("gone"), "base"));
    }
}
