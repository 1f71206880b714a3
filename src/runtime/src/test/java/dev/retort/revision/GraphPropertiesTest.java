package dev.retort.revision;

import static dev.retort.revision.Fixtures.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Invariants checked on seeded random DAGs with branches, merges and dependencies. */
class GraphPropertiesTest {

    private static List<RevisionInfo> randomRevisions(Random random, int size) {
        List<RevisionInfo> out = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Set<String> parents = new LinkedHashSet<>();
            if (i > 0 && random.nextInt(10) > 0) {
                int count = random.nextInt(6) == 0 ? 2 : 1;
                for (int k = 0; k < count; k++) {
                    parents.add(id(Math.max(0, i - 1 - random.nextInt(Math.min(i, 6)))));
                }
            }
            List<String> deps = new ArrayList<>();
            if (i > 2 && random.nextInt(8) == 0) {
                String d = id(random.nextInt(i));
                if (!parents.contains(d)) {
                    deps.add(d);
                }
            }
            out.add(new RevisionInfo(id(i), List.copyOf(parents), Set.of(), deps, null, id(i) + ".java"));
        }
        return out;
    }

    private static String id(int i) {
        return String.format("n%03d", i);
    }

    private static void assertNeedsComeFirst(RevisionGraph g, List<String> order) {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            position.put(order.get(i), i);
        }
        assertEquals(order.size(), position.size(), "no revision twice");
        for (String id : order) {
            RevisionInfo r = g.get(id);
            List<String> needs = new ArrayList<>(r.parents());
            needs.addAll(r.dependsOn());
            for (String n : needs) {
                if (position.containsKey(n)) {
                    assertTrue(position.get(n) < position.get(id), n + " must come before " + id + " in " + order);
                }
            }
        }
    }

    private static Set<String> closure(RevisionGraph g, Set<String> picks) {
        Set<String> out = new HashSet<>(picks);
        for (String p : picks) {
            out.addAll(g.ancestors(p));
        }
        return out;
    }

    @Test
    void pathsOnRandomGraphs() {
        for (int seed = 1; seed <= 40; seed++) {
            Random random = new Random(seed);
            List<RevisionInfo> revisions = randomRevisions(random, 10 + random.nextInt(50));
            RevisionGraph g = RevisionGraph.of(revisions);
            Set<String> all = new HashSet<>(ids(revisions));
            Set<String> headIds = new HashSet<>(ids(g.heads()));

            List<String> everything = ids(g.upgradePath(Set.of(), "heads"));
            assertEquals(all, new HashSet<>(everything), "seed " + seed);
            assertNeedsComeFirst(g, everything);
            assertEquals(headIds, g.appliedHeads(all));

            List<String> teardown = ids(g.downgradePath(headIds, "base"));
            assertEquals(all, new HashSet<>(teardown));
            List<String> reversed = new ArrayList<>(teardown);
            Collections.reverse(reversed);
            assertNeedsComeFirst(g, reversed);

            List<String> idList = new ArrayList<>(all);
            Collections.sort(idList);
            for (int trial = 0; trial < 5; trial++) {
                Set<String> picks = new HashSet<>();
                picks.add(idList.get(random.nextInt(idList.size())));
                picks.add(idList.get(random.nextInt(idList.size())));
                Set<String> applied = closure(g, picks);
                Set<String> current = g.appliedHeads(applied);

                List<String> rest = ids(g.upgradePath(current, "heads"));
                Set<String> expectedRest = new HashSet<>(all);
                expectedRest.removeAll(applied);
                assertEquals(expectedRest, new HashSet<>(rest), "seed " + seed);
                assertNeedsComeFirst(g, rest);

                assertEquals(applied, new HashSet<>(ids(g.downgradePath(current, "base"))));

                String target = idList.get(random.nextInt(idList.size()));
                if (!applied.contains(target)) {
                    Set<String> expected = closure(g, Set.of(target));
                    expected.removeAll(applied);
                    assertEquals(expected, new HashSet<>(ids(g.upgradePath(current, target))));
                } else {
                    Set<String> expected = new HashSet<>(g.descendants(target));
                    expected.retainAll(applied);
                    List<String> down = ids(g.downgradePath(current, target));
                    assertEquals(expected, new HashSet<>(down));
                    // what remains is still closed under "needs"
                    Set<String> remaining = new HashSet<>(applied);
                    down.forEach(remaining::remove);
                    assertEquals(remaining, closure(g, remaining));
                }
            }
        }
    }

    @Test
    void longChainsDoNotOverflowTheStack() {
        List<RevisionInfo> chain = new ArrayList<>();
        chain.add(Fixtures.rev("c0"));
        for (int i = 1; i < 20_000; i++) {
            chain.add(Fixtures.rev("c" + i, "c" + (i - 1)));
        }
        RevisionGraph g = RevisionGraph.of(chain);
        assertEquals(20_000, g.upgradePath(Set.of(), "head").size());
        assertEquals(List.of("c19999"), ids(g.heads()));
        assertEquals(19_999, g.downgradePath(Set.of("c19999"), "c0").size());
        assertEquals("c9999", g.resolve("head-10000").orElseThrow().id());
        assertEquals(20_000, g.range("base:head").size());
    }
}
