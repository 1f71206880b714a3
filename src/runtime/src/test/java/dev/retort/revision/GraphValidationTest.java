package dev.retort.revision;

import static dev.retort.revision.Fixtures.assertMessageContains;
import static dev.retort.revision.Fixtures.fails;
import static dev.retort.revision.Fixtures.graph;
import static dev.retort.revision.Fixtures.ids;
import static dev.retort.revision.Fixtures.rev;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.revision.RevisionGraphException.Kind;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class GraphValidationTest {

    @Test
    void duplicateIdNamesBothSourceFiles() {
        RevisionGraphException e = fails(Kind.DUPLICATE_ID, () -> graph(
                rev("base1"),
                rev("aa", "base1").withSource("V1__one.java"),
                rev("aa", "base1").withSource("V2__two.java")));
        assertEquals(List.of("aa"), e.revisionIds());
        assertEquals(List.of("V1__one.java", "V2__two.java"), e.sources());
        assertMessageContains(e, "'aa'", "V1__one.java", "V2__two.java");
    }

    @Test
    void duplicateIdWithUnknownSourceSaysSo() {
        RevisionGraphException e = fails(Kind.DUPLICATE_ID, () -> graph(
                rev("aa").withSource(null), rev("aa").withSource("b.java")));
        assertEquals(Arrays.asList(null, "b.java"), e.sources());
        assertMessageContains(e, "<unknown source>", "b.java");
    }

    @Test
    void missingParentNamesChildSourceAndMissingId() {
        RevisionGraphException e = fails(Kind.MISSING_PARENT, () -> graph(
                rev("c0"), rev("c1", "c0", "zz9")));
        assertEquals(List.of("c1", "zz9"), e.revisionIds());
        assertEquals(List.of("c1.java"), e.sources());
        assertMessageContains(e, "c1", "c1.java", "'zz9'");
    }

    @Test
    void missingDependsOnTarget() {
        RevisionGraphException e = fails(Kind.MISSING_DEPENDENCY, () -> graph(
                rev("c0"), rev("c1", "c0").withDependsOn("nope")));
        assertEquals(List.of("c1", "nope"), e.revisionIds());
        assertEquals(List.of("c1.java"), e.sources());
        assertMessageContains(e, "c1 (c1.java)", "'nope'");
    }

    @Test
    void dependsOnMayNameABranchLabel() {
        RevisionGraph g = graph(rev("x1").withBranchLabels("ext"), rev("c1").withDependsOn("ext"));
        assertEquals(Set.of("x1"), g.ancestors("c1"));
    }

    @Test
    void cycleListsIdsInOrderStartingAtSmallest() {
        RevisionGraphException e = fails(Kind.CYCLE, () -> graph(
                rev("b", "a"), rev("c", "b"), rev("a", "c")));
        // each is the parent of the next: a -> b -> c -> a
        assertEquals(List.of("a", "b", "c"), e.revisionIds());
        assertEquals(List.of("a.java", "b.java", "c.java"), e.sources());
        assertMessageContains(e, "a (a.java) -> b (b.java) -> c (c.java) -> a");
    }

    @Test
    void cycleBesideAValidBaseReportsOnlyTheCycle() {
        RevisionGraphException e = fails(Kind.CYCLE, () -> graph(
                rev("r0"), rev("x", "r0", "y"), rev("y", "x"), rev("z", "r0")));
        assertEquals(List.of("x", "y"), e.revisionIds());
    }

    @Test
    void selfParentIsACycle() {
        RevisionGraphException e = fails(Kind.CYCLE, () -> graph(rev("s", "s")));
        assertEquals(List.of("s"), e.revisionIds());
        assertMessageContains(e, "s (s.java) -> s");
    }

    @Test
    void cycleThroughDependsOn() {
        RevisionGraphException e = fails(Kind.CYCLE, () -> graph(
                rev("p"), rev("q", "p").withDependsOn("r"), rev("r", "q")));
        assertEquals(List.of("q", "r"), e.revisionIds());
    }

    @Test
    void duplicateBranchLabel() {
        RevisionGraphException e = fails(Kind.DUPLICATE_BRANCH_LABEL, () -> graph(
                rev("r0"),
                rev("a1", "r0").withBranchLabels("feat"),
                rev("b1", "r0").withBranchLabels("other", "feat")));
        assertEquals("feat", e.branchLabel());
        assertEquals(List.of("a1", "b1"), e.revisionIds());
        assertEquals(List.of("a1.java", "b1.java"), e.sources());
        assertMessageContains(e, "'feat'", "a1 (a1.java)", "b1 (b1.java)");
    }

    @Test
    void reservedOrMalformedBranchLabels() {
        for (String label : List.of("head", "heads", "base", "current", "a@b", "x:y", "-x", "+1", "has space", "")) {
            RevisionGraphException e = fails(Kind.INVALID_BRANCH_LABEL,
                    () -> graph(rev("r0").withBranchLabels(label)));
            assertEquals(label, e.branchLabel());
            assertEquals(List.of("r0"), e.revisionIds());
            assertMessageContains(e, "'" + label + "'", "r0.java");
        }
    }

    @Test
    void branchLabelEqualToARevisionIdIsRejected() {
        RevisionGraphException e = fails(Kind.INVALID_BRANCH_LABEL, () -> graph(
                rev("r0").withBranchLabels("r1"), rev("r1", "r0")));
        assertEquals(List.of("r0", "r1"), e.revisionIds());
        assertEquals(List.of("r0.java", "r1.java"), e.sources());
    }

    @Test
    void malformedRevisionIdNamesTheFile() {
        RevisionGraphException e = fails(Kind.INVALID_REVISION_ID,
                () -> graph(rev("a-b").withSource("Bad.java")));
        assertEquals(List.of("Bad.java"), e.sources());
        assertMessageContains(e, "'a-b'", "Bad.java");
        fails(Kind.INVALID_REVISION_ID, () -> graph(rev("heads")));
        fails(Kind.INVALID_REVISION_ID, () -> graph(rev("")));
    }

    @Test
    void validationOrderIsDeterministic() {
        // both a duplicate id and a missing parent: ids are checked first
        fails(Kind.DUPLICATE_ID, () -> graph(rev("a", "missing"), rev("a")));
        // first offending revision in input order is reported
        RevisionGraphException e = fails(Kind.MISSING_PARENT, () -> graph(rev("b", "m2"), rev("a", "m1")));
        assertEquals(List.of("b", "m2"), e.revisionIds());
    }

    @Test
    void emptyGraphIsValid() {
        RevisionGraph g = RevisionGraph.of(List.of());
        assertEquals(0, g.size());
        assertTrue(g.heads().isEmpty());
        assertTrue(g.resolve("head").isEmpty());
        assertTrue(g.upgradePath(Set.of(), "heads").isEmpty());
    }

    @Test
    void repeatedParentIsNotAMerge() {
        RevisionGraph g = graph(rev("a"), rev("b", "a", "a"));
        assertTrue(g.merges().isEmpty());
        assertEquals(List.of("b"), ids(g.children("a")));
    }

    @Test
    void dependencyThatIsAlsoAParentIsJustAParent() {
        RevisionGraph g = graph(rev("a"), rev("b", "a").withDependsOn("a"));
        assertEquals(List.of("b"), ids(g.heads()));
        assertFalse(g.ancestors("b").isEmpty());
    }

    @Test
    void exceptionWithoutStepsHasNoAvailableSteps() {
        RevisionGraphException e = fails(Kind.DUPLICATE_ID, () -> graph(rev("a"), rev("a")));
        assertTrue(e.availableSteps().isEmpty());
        assertNull(e.spec());
    }
}
