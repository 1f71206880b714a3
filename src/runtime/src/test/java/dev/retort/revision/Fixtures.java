package dev.retort.revision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.revision.RevisionGraphException.Kind;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.function.Executable;

/** Shared graphs and assertions. Every revision's source is "{@code <id>.java}". */
final class Fixtures {

    private Fixtures() {
    }

    static RevisionInfo rev(String id, String... parents) {
        return new RevisionInfo(id, List.of(parents), Set.of(), List.of(), "message " + id, id + ".java");
    }

    static RevisionGraph graph(RevisionInfo... revisions) {
        return RevisionGraph.of(List.of(revisions));
    }

    /** r1 <- r2 <- r3 <- r4 <- r5. */
    static List<RevisionInfo> linearRevisions() {
        return List.of(rev("r1"), rev("r2", "r1"), rev("r3", "r2"), rev("r4", "r3"), rev("r5", "r4"));
    }

    static RevisionGraph linear() {
        return RevisionGraph.of(linearRevisions());
    }

    /**
     * <pre>
     * r0 <- r1 <- a1 (alpha) <- a2
     *          \- b1 (beta)  <- b2
     * </pre>
     */
    static List<RevisionInfo> branchedRevisions() {
        return List.of(
                rev("r0"),
                rev("r1", "r0"),
                rev("a1", "r1").withBranchLabels("alpha"),
                rev("a2", "a1"),
                rev("b1", "r1").withBranchLabels("beta"),
                rev("b2", "b1"));
    }

    static RevisionGraph branched() {
        return RevisionGraph.of(branchedRevisions());
    }

    /** {@link #branched()} plus m1 merging a2 and b2, and m2 on top of m1. */
    static List<RevisionInfo> mergedRevisions() {
        List<RevisionInfo> all = new ArrayList<>(branchedRevisions());
        all.add(rev("m1", "a2", "b2"));
        all.add(rev("m2", "m1"));
        return all;
    }

    static RevisionGraph merged() {
        return RevisionGraph.of(mergedRevisions());
    }

    /**
     * Two independent bases; c2 depends on x2 (another base's branch):
     * <pre>
     * x1 (ext) <- x2
     * c1 <- c2 (depends on x2) <- c3
     * </pre>
     */
    static RevisionGraph withDependency() {
        return graph(
                rev("x1").withBranchLabels("ext"),
                rev("x2", "x1"),
                rev("c1"),
                rev("c2", "c1").withDependsOn("x2"),
                rev("c3", "c2"));
    }

    static List<String> ids(Collection<RevisionInfo> revisions) {
        List<String> out = new ArrayList<>();
        for (RevisionInfo r : revisions) {
            out.add(r.id());
        }
        return out;
    }

    static RevisionGraphException fails(Kind kind, Executable call) {
        RevisionGraphException e = assertThrows(RevisionGraphException.class, call);
        assertEquals(kind, e.kind(), () -> "unexpected kind, message: " + e.getMessage());
        return e;
    }

    static void assertMessageContains(RevisionGraphException e, String... parts) {
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part),
                    () -> "message should contain '" + part + "' but was: " + e.getMessage());
        }
    }
}
