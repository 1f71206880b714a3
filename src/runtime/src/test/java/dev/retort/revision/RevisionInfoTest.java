package dev.retort.revision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

import org.junit.jupiter.api.Test;

class RevisionInfoTest {

    @Test
    void nullCollectionsBecomeEmpty() {
        RevisionInfo r = new RevisionInfo("a", null, null, null, null, null);
        assertTrue(r.parents().isEmpty());
        assertTrue(r.branchLabels().isEmpty());
        assertTrue(r.dependsOn().isEmpty());
        assertTrue(r.isBase());
    }

    @Test
    void collectionsAreCopiedAndLabelsSorted() {
        List<String> parents = new ArrayList<>(List.of("p1", "p2"));
        RevisionInfo r = new RevisionInfo("a", parents, new LinkedHashSet<>(List.of("zeta", "alpha")),
                List.of(), "msg", "A.java");
        parents.add("p3");
        assertEquals(List.of("p1", "p2"), r.parents());
        assertEquals(List.of("alpha", "zeta"), List.copyOf(r.branchLabels()));
        assertTrue(r.isMerge());
    }

    @Test
    void nullIdOrElementsAreRejected() {
        assertThrows(NullPointerException.class, () -> new RevisionInfo(null, null, null, null, null, null));
        assertThrows(IllegalArgumentException.class,
                () -> new RevisionInfo("a", Arrays.asList("p", null), null, null, null, null));
    }
}
