package dev.retort.revision;

import static dev.retort.revision.Fixtures.assertMessageContains;
import static dev.retort.revision.Fixtures.branched;
import static dev.retort.revision.Fixtures.fails;
import static dev.retort.revision.Fixtures.graph;
import static dev.retort.revision.Fixtures.ids;
import static dev.retort.revision.Fixtures.linear;
import static dev.retort.revision.Fixtures.merged;
import static dev.retort.revision.Fixtures.rev;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.revision.RevisionGraphException.Kind;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class GraphStructureTest {

    @Test
    void headsBasesBranchPointsMergesOfABranchedGraph() {
        RevisionGraph g = branched();
        assertEquals(List.of("a2", "b2"), ids(g.heads()));
        assertEquals(List.of("r0"), ids(g.bases()));
        assertEquals(List.of("r1"), ids(g.branchPoints()));
        assertEquals(List.of(), ids(g.merges()));
        assertEquals(List.of("a1", "b1"), ids(g.children("r1")));
        assertEquals(6, g.size());
    }

    @Test
    void mergeGraph() {
        RevisionGraph g = merged();
        assertEquals(List.of("m2"), ids(g.heads()));
        assertEquals(List.of("m1"), ids(g.merges()));
        assertEquals(List.of("r1"), ids(g.branchPoints()));
        assertTrue(g.get("m1").isMerge());
    }

    @Test
    void orderingDoesNotDependOnInputOrder() {
        List<RevisionInfo> input = new ArrayList<>(Fixtures.mergedRevisions());
        RevisionGraph reference = merged();
        Random random = new Random(42);
        for (int i = 0; i < 10; i++) {
            Collections.shuffle(input, random);
            RevisionGraph g = RevisionGraph.of(input);
            assertEquals(ids(reference.heads()), ids(g.heads()));
            assertEquals(ids(reference.revisions()), ids(g.revisions()));
            assertEquals(ids(reference.upgradePath(Set.of(), "heads")), ids(g.upgradePath(Set.of(), "heads")));
            assertEquals(ids(reference.range("base:heads")), ids(g.range("base:heads")));
        }
    }

    @Test
    void severalBasesAndHeadsAreSortedById() {
        RevisionGraph g = graph(rev("zz"), rev("aa"), rev("mm"), rev("bb", "zz"));
        assertEquals(List.of("aa", "bb", "mm"), ids(g.heads()));
        assertEquals(List.of("aa", "mm", "zz"), ids(g.bases()));
    }

    @Test
    void revisionsAreInTopologicalOrderWithBranchesContiguous() {
        assertEquals(List.of("r0", "r1", "a1", "a2", "b1", "b2"), ids(branched().revisions()));
        assertEquals(List.of("r0", "r1", "a1", "a2", "b1", "b2", "m1", "m2"), ids(merged().revisions()));
    }

    @Test
    void ancestorsAndDescendantsExcludeTheRevisionItself() {
        RevisionGraph g = branched();
        assertEquals(Set.of("r0", "r1", "a1"), g.ancestors("a2"));
        assertEquals(Set.of("a1", "a2", "b1", "b2"), g.descendants("r1"));
        assertEquals(Set.of(), g.ancestors("r0"));
        assertEquals(Set.of(), g.descendants("b2"));
        assertEquals(List.of("a1", "a2", "b1", "b2"), List.copyOf(g.descendants("r1")), "sorted");
    }

    @Test
    void dependenciesCountAsAncestorsButNotAsParents() {
        RevisionGraph g = Fixtures.withDependency();
        assertEquals(Set.of("c1", "x1", "x2"), g.ancestors("c2"));
        assertEquals(Set.of("x2", "c2", "c3"), g.descendants("x1"));
        // x2 is only depended on, so it is still a head (Alembic semantics)
        assertEquals(List.of("c3", "x2"), ids(g.heads()));
        assertEquals(List.of(), ids(g.children("x2")));
    }

    @Test
    void getUnknownRevision() {
        RevisionGraphException e = fails(Kind.UNKNOWN_REVISION, () -> branched().get("nope"));
        assertMessageContains(e, "'nope'");
        assertEquals("nope", e.spec());
        fails(Kind.UNKNOWN_REVISION, () -> branched().ancestors("nope"));
        fails(Kind.UNKNOWN_REVISION, () -> branched().descendants("nope"));
    }

    @Test
    void getReturnsTheInput() {
        RevisionInfo a1 = Fixtures.branchedRevisions().get(2);
        RevisionGraph g = RevisionGraph.of(Fixtures.branchedRevisions());
        assertEquals(a1, g.get("a1"));
        assertEquals("a1.java", g.get("a1").source());
        assertSame(g.get("a1"), g.resolve("a1").orElseThrow());
    }

    @Test
    void appliedHeadsOfAnAppliedSet() {
        RevisionGraph g = branched();
        assertEquals(Set.of("a1", "b2"), g.appliedHeads(Set.of("r0", "r1", "a1", "b1", "b2")));
        assertEquals(Set.of("r1"), g.appliedHeads(Set.of("r0", "r1")));
        assertEquals(Set.of(), g.appliedHeads(Set.of()));
        RevisionGraphException e = fails(Kind.UNKNOWN_REVISION, () -> g.appliedHeads(Set.of("r0", "zz")));
        assertEquals(List.of("zz"), e.revisionIds());
        assertMessageContains(e, "'zz'");
    }

    @Test
    void appliedHeadsIgnoreDependencyEdges() {
        RevisionGraph g = Fixtures.withDependency();
        assertEquals(Set.of("c2", "x2"), g.appliedHeads(Set.of("x1", "x2", "c1", "c2")));
    }

    @Test
    void branchMembersFollowAlembicLabelPropagation() {
        RevisionGraph g = branched();
        assertEquals(Set.of("a1", "a2"), g.branchMembers("alpha"));
        assertEquals(Set.of("alpha", "beta"), g.branchLabels());
        // on a straight line the label also covers the ancestors below it
        RevisionGraph line = graph(rev("r1"), rev("r2", "r1"), rev("r3", "r2").withBranchLabels("l"), rev("r4", "r3"));
        assertEquals(Set.of("r1", "r2", "r3", "r4"), line.branchMembers("l"));
        // ...but stops before a merge
        RevisionGraph m = merged();
        RevisionGraph withLabelAboveMerge = RevisionGraph.of(appendLabelled(Fixtures.mergedRevisions()));
        assertEquals(Set.of("m2", "top"), withLabelAboveMerge.branchMembers("topl"));
        assertEquals(Set.of("a1", "a2", "m1", "m2"), m.branchMembers("alpha"));
        fails(Kind.UNKNOWN_BRANCH_LABEL, () -> g.branchMembers("gamma"));
    }

    private static List<RevisionInfo> appendLabelled(List<RevisionInfo> revisions) {
        List<RevisionInfo> out = new ArrayList<>(revisions);
        out.add(rev("top", "m2").withBranchLabels("topl"));
        return out;
    }

    @Test
    void returnedCollectionsAreImmutable() {
        RevisionGraph g = branched();
        assertThrows(UnsupportedOperationException.class, () -> g.heads().clear());
        assertThrows(UnsupportedOperationException.class, () -> g.ancestors("a2").clear());
        assertThrows(UnsupportedOperationException.class, () -> g.get("a1").parents().clear());
    }

    @Test
    void linearGraphBasics() {
        RevisionGraph g = linear();
        assertEquals(List.of("r5"), ids(g.heads()));
        assertEquals(List.of("r1"), ids(g.bases()));
        assertTrue(g.branchPoints().isEmpty());
        assertEquals(Set.of("r1", "r2", "r3", "r4"), g.ancestors("r5"));
    }
}
