package dev.retort.junit;

import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

/**
 * Runs user-style {@link RetortMigrationTest} classes (the nested classes below, which Surefire does not run by
 * themselves) on the JUnit engine and looks at what passed and what failed, with which words. The databases are on
 * the server of RETORT_TEST_DATABASE_URL when set, else on an embedded PostgreSQL; every one is gone afterwards.
 */
class RetortExtensionTest {
    private static final String PROJECTS = "target/test-classes/projects/";

    /** The database URLs the user-style tests saw, to show they are dropped afterwards. */
    static final List<String> seen = new ArrayList<>();

    @RetortMigrationTest(project = PROJECTS + "good")
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    static class GoodProject implements RetortMigrationTests {
        @Test
        @Order(1)
        void fillsTheDisplayNameOfExistingCustomers(RetortDatabase db) {
            seen.add(db.jdbcUrl());
            db.upgrade("c0001");
            db.execute("INSERT INTO customer (name) VALUES ('ada'), ('alan')");
            db.upgrade("c0002");
            assertEquals(List.of(Map.of("name", "ada", "display_name", "ADA"), Map.of("name", "alan", "display_name", "ALAN")),
                    db.query("SELECT name, display_name FROM customer WHERE id > ? ORDER BY id", 0));
            assertEquals(Set.of("c0002"), db.current());
        }

        @Test
        @Order(2)
        void startsAtBaseAfterAnEarlierTest(RetortDatabase db) {
            assertEquals(Set.of(), db.current());
            assertEquals(List.of(), db.query("SELECT 1 FROM pg_tables WHERE tablename = 'customer'"));
        }
    }

    @RetortMigrationTest(project = PROJECTS + "two-heads")
    static class TwoHeads implements RetortMigrationTests {
    }

    @RetortMigrationTest(project = PROJECTS + "bad-downgrade")
    static class BadDowngrade implements RetortMigrationTests {
    }

    @RetortMigrationTest(project = PROJECTS + "entities-ahead")
    static class EntitiesAhead implements RetortMigrationTests {
    }

    @RetortMigrationTest(project = PROJECTS + "good")
    static class GivenDatabase implements RetortMigrationTests {
        @RetortDataSource
        static String url;
    }

    @Test
    void aCorrectProjectPassesEveryTestAndItsDatabaseIsDropped() throws Exception {
        seen.clear();
        EngineExecutionResults results = run(GoodProject.class, true);
        // 3 tests, the stairway's 2 revisions, the class's own 2
        assertEquals(Map.of(), failures(results));
        results.testEvents().assertStatistics(s -> s.started(7).succeeded(7).failed(0));
        assertEquals(List.of("revision c0001 (migrations/M1_create_customer.java)", "revision c0002 (migrations/M2_display_name.java)"),
                results.testEvents().succeeded().stream().map(e -> e.getTestDescriptor().getDisplayName())
                        .filter(n -> n.startsWith("revision")).sorted().toList());
        assertEquals(1, seen.size());
        String name = seen.get(0).replaceAll("^.*/([^/?]+)(\\?.*)?$", "$1");
        assertTrue(name.startsWith(ServerTarget.PREFIX + "goodproject_"), name);
        assertEquals(List.of(), databases(TestDatabases.adminUrl(), name));
    }

    @Test
    void twoHeadsFailSingleHeadNamingBothRevisions() {
        Map<String, String> failed = failures(run(TwoHeads.class, true));
        assertEquals(Set.of("singleHead(RetortDatabase)", "entitiesMatchHead(RetortDatabase)"), failed.keySet());
        String m = failed.get("singleHead(RetortDatabase)");
        assertTrue(m.startsWith("Check failed (multiple heads):\n  - the migrations have 2 heads [c0002, c0003]"), m);
        assertTrue(m.contains("revision c0002 (migrations/M2_display_name.java), revision c0003 (migrations/M3_note.java)"), m);
    }

    @Test
    void aDowngradeThatDoesNotRestoreFailsTheStairwayAtItsRevision() {
        Map<String, String> failed = failures(run(BadDowngrade.class, true));
        assertEquals(Set.of("revision c0002 (migrations/M2_display_name.java)"), failed.keySet());
        String m = failed.get("revision c0002 (migrations/M2_display_name.java)");
        assertTrue(m.startsWith("Check failed (stairway failed):\n  - revision c0002 (migrations/M2_display_name.java): its "
                + "downgrade does not restore the schema it started from"), m);
        assertTrue(m.contains("display_name"), m);
    }

    @Test
    void entitiesAheadOfTheMigrationsFailEntitiesMatchHeadNamingTheHead() {
        Map<String, String> failed = failures(run(EntitiesAhead.class, true));
        assertEquals(Set.of("entitiesMatchHead(RetortDatabase)"), failed.keySet());
        String m = failed.get("entitiesMatchHead(RetortDatabase)");
        assertTrue(m.startsWith("the entities do not match head revision c0002 (migrations/M2_display_name.java):\n"
                + "Drift: the entities differ from the migrations."), m);
        assertTrue(m.contains("table customer") && m.contains("email"), m);
    }

    @Test
    void aGivenDatabaseIsUsedAsItIsAndLeftInPlace() throws Exception {
        try (TestDatabase db = TestDatabases.create("junit_given")) {
            GivenDatabase.url = db.jdbcUrl();
            EngineExecutionResults results = run(GivenDatabase.class, false);
            assertEquals(Map.of(), failures(results));
            results.testEvents().assertStatistics(s -> s.started(5).succeeded(5));
            // the last test left it at head: the extension does not drop or empty a database it was given
            assertEquals(List.of("c0001", "c0002"), db.column("SELECT revision FROM retort_version ORDER BY revision"));
            assertEquals(List.of("customer"), db.column("SELECT tablename FROM pg_tables WHERE tablename = 'customer'"));
        } finally {
            GivenDatabase.url = null;
        }
    }

    @Test
    void oneStairwayStepRunAloneStartsAtTheParentsOfItsRevision() {
        // as an IDE runs one dynamic test: the factory runs, and only the second revision's step
        EngineExecutionResults results = EngineTestKit.engine("junit-jupiter")
                .selectors(selectUniqueId("[engine:junit-jupiter]/[class:" + GoodProject.class.getName() + "]"
                        + "/[test-factory:stairway(" + RetortDatabase.class.getName() + ")]/[dynamic-test:#2]"))
                .configurationParameter(RetortExtension.SERVER, TestDatabases.adminUrl()).execute();
        assertEquals(Map.of(), failures(results));
        assertEquals(List.of("revision c0002 (migrations/M2_display_name.java)"),
                results.testEvents().succeeded().stream().map(e -> e.getTestDescriptor().getDisplayName()).toList());
    }

    @Test
    void withoutAServerTheDatabaseIsOnAnEmbeddedPostgres() {
        seen.clear();
        EngineExecutionResults results = run(GoodProject.class, false);
        assertEquals(Map.of(), failures(results));
        results.testEvents().assertStatistics(s -> s.started(7).succeeded(7));
        assertTrue(seen.get(0).startsWith("jdbc:postgresql://localhost:"), seen.get(0));
    }

    private static EngineExecutionResults run(Class<?> testClass, boolean onTestServer) {
        EngineTestKit.Builder kit = EngineTestKit.engine("junit-jupiter").selectors(selectClass(testClass));
        if (onTestServer) {
            kit = kit.configurationParameter(RetortExtension.SERVER, TestDatabases.adminUrl());
        }
        return kit.execute();
    }

    /** Display name to failure message of every failed test. */
    private static Map<String, String> failures(EngineExecutionResults results) {
        Map<String, String> out = new TreeMap<>();
        for (Event e : results.allEvents().failed().list()) {
            Throwable t = e.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable).orElse(null);
            assertNotNull(t);
            out.put(e.getTestDescriptor().getDisplayName(), String.valueOf(t.getMessage()));
        }
        return out;
    }

    private static List<String> databases(String adminUrl, String name) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(adminUrl); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT datname FROM pg_database WHERE datname = '" + name + "'")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
