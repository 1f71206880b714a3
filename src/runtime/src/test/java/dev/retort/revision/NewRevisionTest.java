package dev.retort.revision;

import static dev.retort.revision.Fixtures.assertMessageContains;
import static dev.retort.revision.Fixtures.branched;
import static dev.retort.revision.Fixtures.fails;
import static dev.retort.revision.Fixtures.linear;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.revision.RevisionGraphException.Kind;

import java.util.List;

import org.junit.jupiter.api.Test;

class NewRevisionTest {

    @Test
    void newRevisionOnAHead() {
        assertEquals("a2", branched().checkNewRevisionParent("a2", false).orElseThrow().id());
        assertEquals("a2", branched().checkNewRevisionParent("alpha@head", false).orElseThrow().id());
        assertEquals("r5", linear().checkNewRevisionParent("head", false).orElseThrow().id());
        assertEquals("r5", linear().checkNewRevisionParent(null, false).orElseThrow().id());
    }

    @Test
    void newRevisionOnANonHeadNeedsSplice() {
        RevisionGraphException e = fails(Kind.NOT_A_HEAD, () -> branched().checkNewRevisionParent("r1", false));
        assertEquals(List.of("r1", "a1", "b1"), e.revisionIds());
        assertEquals(List.of("r1.java"), e.sources());
        assertMessageContains(e, "r1 (r1.java)", "not a head", "--splice", "a1, b1");
        assertEquals("r1", branched().checkNewRevisionParent("r1", true).orElseThrow().id());
        fails(Kind.NOT_A_HEAD, () -> linear().checkNewRevisionParent("r4", false));
        fails(Kind.NOT_A_HEAD, () -> branched().checkNewRevisionParent("alpha", false));
    }

    @Test
    void newBase() {
        assertTrue(branched().checkNewRevisionParent("base", false).isEmpty());
        assertTrue(RevisionGraph.of(List.of()).checkNewRevisionParent("head", false).isEmpty());
    }

    @Test
    void severalHeadsMustBeChosenBetween() {
        RevisionGraphException e = fails(Kind.MULTIPLE_HEADS, () -> branched().checkNewRevisionParent("head", false));
        assertEquals(List.of("a2", "b2"), e.revisionIds());
        assertMessageContains(e, "a2, b2", "--head", "merge");
        fails(Kind.MULTIPLE_HEADS, () -> branched().checkNewRevisionParent("heads", true));
    }

    @Test
    void unknownParent() {
        fails(Kind.UNKNOWN_REVISION, () -> branched().checkNewRevisionParent("zz", true));
    }

    @Test
    void userSuppliedRevisionId() {
        assertEquals("add_users_1", linear().checkNewRevisionId("add_users_1"));
        RevisionGraphException taken = fails(Kind.INVALID_REVISION_ID, () -> linear().checkNewRevisionId("r3"));
        assertEquals(List.of("r3"), taken.revisionIds());
        assertMessageContains(taken, "'r3'", "r3.java");
        fails(Kind.INVALID_REVISION_ID, () -> linear().checkNewRevisionId("head"));
        fails(Kind.INVALID_REVISION_ID, () -> linear().checkNewRevisionId("with-dash"));
    }

    @Test
    void generatedIdIsFresh() {
        RevisionGraph g = linear();
        String id = g.newRevisionId();
        assertTrue(id.matches("[0-9a-f]{12}"), id);
        assertFalse(g.contains(id));
    }
}
