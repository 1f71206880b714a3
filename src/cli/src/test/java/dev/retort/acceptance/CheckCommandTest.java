package dev.retort.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code retort check} against real PostgreSQL: in sync, drift in three formats, heads, and the CI stairway. */
class CheckCommandTest {

    @Test
    void inSyncAfterUpgradeThenDriftAfterAnEntityEditInEveryFormat() throws Exception {
        try (CliProject p = new CliProject("check_drift")) {
            Entities.configure(p);
            Entities.customer(p, "");
            p.ok("revision", "--autogenerate", "-m", "Create customer");
            p.ok("upgrade");
            CliResult ok = p.ok("check");
            assertTrue(ok.out().startsWith("No drift"), ok.toString());

            Entities.customer(p, """
                    @Column(length = 32)
                    String phone;
                    """);
            String before = Catalog.snapshot(p.db);

            CliResult text = p.run("check");
            assertEquals(1, text.exitCode(), text.toString());
            assertTrue(text.out().contains("table customer\n  - add column customer.phone varchar(32)"), text.out());

            CliResult md = p.run("check", "--format", "markdown");
            assertEquals(1, md.exitCode(), md.toString());
            assertTrue(md.out().contains("### Table `customer`") && md.out().contains("add column customer.phone"),
                    md.out());

            CliResult json = p.run("check", "--format", "json");
            assertEquals(1, json.exitCode(), json.toString());
            JsonNode report = new ObjectMapper().readTree(json.out());
            assertEquals("drift", report.get("status").asText());
            assertEquals(1, report.get("exitCode").asInt());
            assertEquals(1, report.get("operations").size());
            JsonNode op = report.get("operations").get(0);
            assertEquals("customer", op.get("table").asText());
            assertEquals("add_column", op.get("kind").asText());
            assertEquals("add column customer.phone varchar(32)", op.get("summary").asText());
            assertEquals(1, report.get("migrationHeads").size());
            assertEquals(report.get("migrationHeads"), report.get("databaseHeads"));
            assertEquals(before, Catalog.snapshot(p.db), "check leaves the database untouched");
        }
    }

    @Test
    void multipleHeadsFailWithMergeNeeded() throws Exception {
        try (CliProject p = new CliProject("check_heads")) {
            Entities.configure(p);
            Entities.customer(p, "");
            Entities.twoHeads(p);
            CliResult r = p.run("check", "--format", "json");
            assertEquals(13, r.exitCode(), r.toString());
            JsonNode report = new ObjectMapper().readTree(r.out());
            assertEquals("multiple_heads", report.get("status").asText());
            assertTrue(report.get("problems").get(0).asText().contains("merge"), r.out());
            CliResult current = p.run("current", "--check-heads");
            assertEquals(13, current.exitCode(), current.toString());
        }
    }

    @Test
    void databaseNotAtHeadFails() throws Exception {
        try (CliProject p = new CliProject("check_behind")) {
            Entities.configure(p);
            Entities.customer(p, "");
            p.ok("revision", "--autogenerate", "-m", "Create customer");
            CliResult r = p.run("check");
            assertEquals(14, r.exitCode(), r.toString());
            assertTrue(r.out().contains("not at head") && r.out().contains("retort upgrade heads"), r.out());
        }
    }

    @Test
    void ciModeCatchesAMigrationWhoseDowngradeIsWrong() throws Exception {
        try (CliProject p = new CliProject("check_stairway")) {
            Entities.configure(p);
            Entities.customer(p, "");
            p.ok("revision", "--autogenerate", "-m", "Create customer", "--rev-id", "c1");
            CliResult good = p.run("check", "--ci");
            assertEquals(0, good.exitCode(), good.toString());
            p.ok("upgrade");

            Entities.customer(p, """
                    @Column(length = 32)
                    String phone;
                    """);
            p.ok("revision", "--autogenerate", "-m", "Add phone", "--rev-id", "c2");
            Path second = AutogenerateCommandTest.migrationFiles(p).get(1);
            String source = Files.readString(second);
            String broken = source.replace("op.dropColumn(\"customer\", \"phone\");", "// forgot to drop phone");
            assertTrue(!broken.equals(source), source);
            Files.writeString(second, broken);
            String configured = Catalog.snapshot(p.db);

            CliResult r = p.run("check", "--ci", "--format", "json");
            assertEquals(15, r.exitCode(), r.toString());
            JsonNode report = new ObjectMapper().readTree(r.out());
            assertEquals("stairway_failed", report.get("status").asText());
            String problem = report.get("problems").get(0).asText();
            assertTrue(problem.contains("c2") && problem.contains(second.getFileName().toString())
                    && problem.contains("drop column customer.phone"), problem);
            assertEquals(0, report.get("operations").size(), "the entities match the migrations at head");
            assertEquals(configured, Catalog.snapshot(p.db), "--ci never touches the configured database");
        }
    }

    @Test
    void aDeclaredIrreversibleMigrationPassesTheStairwayAndStopsDowngrades() throws Exception {
        try (CliProject p = new CliProject("check_irreversible")) {
            Entities.configure(p);
            Entities.customer(p, "");
            p.ok("revision", "--autogenerate", "-m", "Create customer", "--rev-id", "c1");
            p.write("M2_backfill", """
                    import dev.retort.api.*;

                    @Revision(id = "c2", parents = {"c1"}, message = "Backfill", irreversible = true)
                    public class M2_backfill implements Migration {
                        public void upgrade(Operations op) {
                            op.execute("UPDATE customer SET name = upper(name)");
                        }
                        public void downgrade(Operations op) {
                            throw new IllegalStateException("the old names are gone");
                        }
                    }
                    """);
            CliResult ci = p.run("check", "--ci");
            assertEquals(0, ci.exitCode(), ci.toString());

            p.ok("upgrade");
            String before = Catalog.snapshot(p.db);
            CliResult down = p.run("downgrade", "base");
            assertEquals(7, down.exitCode(), down.toString());
            assertTrue(down.err().contains("c2") && down.err().contains("irreversible"), down.toString());
            assertEquals(before, Catalog.snapshot(p.db), "nothing ran");
        }
    }
}
