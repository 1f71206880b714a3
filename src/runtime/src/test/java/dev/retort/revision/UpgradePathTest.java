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

class UpgradePathTest {

    private static List<String> up(RevisionGraph g, Set<String> current, String target) {
        return ids(g.upgradePath(current, target));
    }

    @Test
    void headsFromNothingAppliesEverythingParentsFirst() {
        assertEquals(List.of("r0", "r1", "a1", "a2", "b1", "b2"), up(branched(), Set.of(), "heads"));
        assertEquals(List.of("r1", "r2", "r3", "r4", "r5"), up(linear(), Set.of(), "heads"));
    }

    @Test
    void headOnALinearGraph() {
        assertEquals(List.of("r1", "r2", "r3", "r4", "r5"), up(linear(), Set.of(), "head"));
        assertEquals(List.of("r3", "r4", "r5"), up(linear(), Set.of("r2"), "head"));
        assertEquals(List.of(), up(linear(), Set.of("r5"), "head"));
    }

    @Test
    void headWithSeveralHeadsIsAnError() {
        RevisionGraphException e = fails(Kind.MULTIPLE_HEADS, () -> branched().upgradePath(Set.of(), "head"));
        assertEquals(List.of("a2", "b2"), e.revisionIds());
        assertMessageContains(e, "'heads'", "label@head");
    }

    @Test
    void specificRevisionAppliesItAndItsMissingAncestors() {
        RevisionGraph g = branched();
        assertEquals(List.of("r0", "r1", "a1", "a2"), up(g, Set.of(), "a2"));
        assertEquals(List.of("b1", "b2"), up(g, Set.of("a2"), "b2"));
        assertEquals(List.of("b1", "b2"), up(g, Set.of("a2"), "beta@head"));
        assertEquals(List.of("b1"), up(g, Set.of("a2"), "beta"));
        assertEquals(List.of("r0", "r1"), up(g, Set.of(), "r1"));
    }

    @Test
    void alreadyAtTargetIsEmpty() {
        assertEquals(List.of(), up(branched(), Set.of("a2", "b2"), "heads"));
        assertEquals(List.of(), up(branched(), Set.of("a2"), "a2"));
        assertEquals(List.of(), up(branched(), Set.of("a2"), "alpha@head"));
    }

    @Test
    void targetBelowCurrentIsNotReachableByUpgrade() {
        RevisionGraphException e = fails(Kind.NOT_REACHABLE, () -> linear().upgradePath(Set.of("r4"), "r2"));
        assertEquals(List.of("r2"), e.revisionIds());
        assertMessageContains(e, "'r2'", "r4", "downgrade");
        fails(Kind.NOT_REACHABLE, () -> linear().upgradePath(Set.of("r4"), "base"));
        assertEquals(List.of(), up(linear(), Set.of(), "base"));
    }

    @Test
    void relativeUpFromCurrent() {
        RevisionGraph g = linear();
        assertEquals(List.of("r3", "r4"), up(g, Set.of("r2"), "+2"));
        assertEquals(List.of("r3", "r4", "r5"), up(g, Set.of("r2"), "+3"));
        assertEquals(List.of("r1"), up(g, Set.of(), "+1"));
        assertEquals(List.of(), up(g, Set.of("r2"), "+0"));
    }

    @Test
    void relativeUpPastHeadSaysHowManyStepsAreAvailable() {
        RevisionGraphException e = fails(Kind.RELATIVE_OUT_OF_RANGE, () -> linear().upgradePath(Set.of("r2"), "+4"));
        assertEquals(3, e.availableSteps().orElseThrow());
        assertMessageContains(e, "'+4'", "past head", "only 3 step(s)", "r2");
        RevisionGraphException atHead = fails(Kind.RELATIVE_OUT_OF_RANGE,
                () -> linear().upgradePath(Set.of("r5"), "+1"));
        assertEquals(0, atHead.availableSteps().orElseThrow());
    }

    @Test
    void relativeUpThroughABranchPointIsAmbiguous() {
        RevisionGraph g = branched();
        RevisionGraphException e = fails(Kind.AMBIGUOUS_RELATIVE, () -> g.upgradePath(Set.of("r1"), "+1"));
        assertEquals(List.of("a1", "b1"), e.revisionIds());
        assertMessageContains(e, "'+1'", "a1", "b1", "label@+1");
        RevisionGraphException twoHeads = fails(Kind.AMBIGUOUS_RELATIVE,
                () -> g.upgradePath(Set.of("a1", "b1"), "+1"));
        assertEquals(List.of("a2", "b2"), twoHeads.revisionIds());
        assertMessageContains(twoHeads, "a1, b1");
    }

    @Test
    void relativeUpWithSeveralCurrentHeadsIsFineWhenOnlyOneCanMove() {
        assertEquals(List.of("b2"), up(branched(), Set.of("a2", "b1"), "+1"));
        // both heads lead to the same merge
        assertEquals(List.of("m1", "m2"), up(merged(), Set.of("a2", "b2"), "+2"));
    }

    @Test
    void relativeDownIsTheWrongDirection() {
        RevisionGraphException e = fails(Kind.NOT_REACHABLE, () -> linear().upgradePath(Set.of("r3"), "-1"));
        assertMessageContains(e, "'-1'", "downgrade");
        fails(Kind.NOT_REACHABLE, () -> branched().upgradePath(Set.of("a2"), "alpha@-1"));
    }

    @Test
    void relativeUpOnABranch() {
        RevisionGraph g = branched();
        assertEquals(List.of("b2"), up(g, Set.of("a1", "b1"), "beta@+1"));
        assertEquals(List.of("a2"), up(g, Set.of("a1", "b1"), "alpha@+1"));
        // nothing of the branch applied yet: start from the branch's base
        assertEquals(List.of("a1", "a2"), up(g, Set.of("r1"), "alpha@+2"));
        assertEquals(List.of("r0", "r1", "a1"), up(g, Set.of(), "alpha@+1"));
        RevisionGraphException e = fails(Kind.RELATIVE_OUT_OF_RANGE, () -> g.upgradePath(Set.of("r1"), "alpha@+3"));
        assertEquals(2, e.availableSteps().orElseThrow());
        fails(Kind.UNKNOWN_BRANCH_LABEL, () -> g.upgradePath(Set.of("r1"), "gamma@+1"));
    }

    @Test
    void relativeUpFromARevision() {
        assertEquals(List.of("r1", "r2", "r3", "r4"), up(linear(), Set.of(), "r2+2"));
        assertEquals(List.of("r3"), up(linear(), Set.of("r2"), "r1+2"));
        assertEquals(List.of("b1", "b2"), up(branched(), Set.of("a2"), "beta+1"));
        // r2+1 = r3 is already applied and below r4
        fails(Kind.NOT_REACHABLE, () -> linear().upgradePath(Set.of("r4"), "r2+1"));
    }

    @Test
    void mergePullsInTheOtherBranch() {
        RevisionGraph g = merged();
        assertEquals(List.of("b1", "b2", "m1", "m2"), up(g, Set.of("a2"), "heads"));
        assertEquals(List.of("r0", "r1", "a1", "a2", "b1", "b2", "m1"), up(g, Set.of(), "m1"));
    }

    @Test
    void dependenciesAreAppliedFirst() {
        RevisionGraph g = withDependency();
        assertEquals(List.of("c1", "x1", "x2", "c2", "c3"), up(g, Set.of(), "c3"));
        assertEquals(List.of("x1", "x2", "c2"), up(g, Set.of("c1"), "c2"));
        assertEquals(List.of("x2", "c2"), up(g, Set.of("c1", "x1"), "c2"));
        assertEquals(List.of("c1", "c2", "c3", "x1", "x2").size(), up(g, Set.of(), "heads").size());
    }

    @Test
    void currentHeadsMayBeRedundant() {
        assertEquals(List.of("r4", "r5"), up(linear(), Set.of("r1", "r3"), "head"));
    }

    @Test
    void unknownCurrentRevision() {
        RevisionGraphException e = fails(Kind.UNKNOWN_REVISION, () -> linear().upgradePath(Set.of("gone"), "head"));
        assertEquals(List.of("gone"), e.revisionIds());
        assertMessageContains(e, "'gone'");
    }

    @Test
    void unknownTarget() {
        RevisionGraphException e = fails(Kind.UNKNOWN_REVISION, () -> linear().upgradePath(Set.of(), "r9"));
        assertMessageContains(e, "'r9'");
        fails(Kind.INVALID_SPEC, () -> linear().upgradePath(Set.of(), " "));
    }
}
