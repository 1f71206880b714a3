package dev.retort.acceptance;

import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A user's session from init to offline SQL, checked against the catalog after each step. */
class ScriptedSessionTest {
    private static final Pattern CREATED = Pattern.compile("created (\\S+) \\(revision (\\w+)");

    record Made(Path file, String id) {
    }

    private static Made revision(CliProject p, String... args) {
        String[] full = new String[args.length + 1];
        full[0] = "revision";
        System.arraycopy(args, 0, full, 1, args.length);
        CliResult r = p.ok(full);
        Matcher m = CREATED.matcher(r.out());
        assertTrue(m.find(), r.toString());
        return new Made(p.dir.resolve(m.group(1)), m.group(2));
    }

    @Test
    void initRevisionsUpgradeDowngradeBranchesMergeStampAndOfflineSql() throws Exception {
        try (CliProject p = new CliProject("session")) {
            TestDatabase db = p.db;
            p.ok("init");
            assertTrue(Files.exists(p.dir.resolve("retort.properties")));
            assertTrue(Files.isDirectory(p.migrations()));

            Made users = revision(p, "-m", "create users");
            Migrations.fillIn(users.file(), "op.createTable(\"users\", column(\"id\", BIGINT).identity(), "
                    + "column(\"name\", TEXT).notNull(), primaryKey(\"pk_users\", \"id\"));", "op.dropTable(\"users\");");
            Made email = revision(p, "-m", "add email");
            Migrations.fillIn(email.file(), "op.addColumn(\"users\", column(\"email\", varchar(200)));",
                    "op.dropColumn(\"users\", \"email\");");
            Made orders = revision(p, "-m", "create orders");
            Migrations.fillIn(orders.file(), "op.createTable(\"orders\", column(\"id\", BIGINT).identity(), "
                    + "column(\"user_id\", BIGINT).notNull(), primaryKey(\"pk_orders\", \"id\"), "
                    + "foreignKey(\"fk_orders_user\", \"user_id\").references(\"users\", \"id\"));",
                    "op.dropTable(\"orders\");");

            CliResult up = p.ok("upgrade", "head");
            assertEquals(3, up.out().lines().filter(l -> l.startsWith("upgrade ")).count(), up.out());
            assertEquals(List.of("orders", "retort_version", "users"), Catalog.tables(db));
            assertEquals(List.of("id", "name", "email"), Catalog.columns(db, "users"));
            assertEquals(sorted(users.id(), email.id(), orders.id()), Catalog.applied(db));
            assertEquals(List.of(orders.id()), Catalog.heads(db));
            assertEquals(orders.id() + " (head) (current)", p.ok("current").out().strip());

            p.ok("downgrade", "-1");
            assertEquals(List.of("retort_version", "users"), Catalog.tables(db));
            assertEquals(List.of(email.id()), Catalog.heads(db));
            assertEquals(sorted(users.id(), email.id()), Catalog.applied(db));

            List<String> history = p.ok("history").out().lines().toList();
            assertEquals(List.of(
                    email.id() + " -> " + orders.id() + " (head), create orders",
                    users.id() + " -> " + email.id() + ", add email",
                    "<base> -> " + users.id() + ", create users"), history);

            // two branches on top of orders
            p.ok("upgrade");
            Made a = revision(p, "-m", "feature a", "--head", orders.id());
            Migrations.fillIn(a.file(), "op.createTable(\"a_things\", column(\"id\", INTEGER));", "op.dropTable(\"a_things\");");
            Made b = revision(p, "-m", "feature b", "--head", orders.id(), "--splice");
            Migrations.fillIn(b.file(), "op.createTable(\"b_things\", column(\"id\", INTEGER));", "op.dropTable(\"b_things\");");
            String heads = p.ok("heads").out();
            assertEquals(2, heads.lines().count(), heads);
            assertTrue(heads.contains(a.id()) && heads.contains(b.id()), heads);
            assertTrue(p.ok("branches").out().contains(orders.id()));

            String before = Catalog.snapshot(db);
            CliResult refused = p.run("upgrade", "head");
            assertEquals(7, refused.exitCode(), refused.toString());
            assertTrue(refused.err().contains(a.id()) && refused.err().contains(b.id()), refused.toString());
            assertEquals(before, Catalog.snapshot(db));

            CliResult ambiguous = p.run("revision", "-m", "on which head?");
            assertEquals(7, ambiguous.exitCode(), ambiguous.toString());

            CliResult merged = p.ok("merge", "-m", "merge features", "heads");
            Matcher m = CREATED.matcher(merged.out());
            assertTrue(m.find(), merged.toString());
            String mergeId = m.group(2);
            assertTrue(Files.readString(p.dir.resolve(m.group(1))).contains(a.id()));

            p.ok("upgrade", "heads");
            assertEquals(List.of("a_things", "b_things", "orders", "retort_version", "users"), Catalog.tables(db));
            assertEquals(List.of(mergeId), Catalog.heads(db));
            assertEquals(6, Catalog.applied(db).size());
            assertEquals(mergeId + " (head) (mergepoint) (current)", p.ok("current").out().strip());

            // stamp down to email without running anything, then back up
            p.ok("stamp", email.id());
            assertEquals(sorted(users.id(), email.id()), Catalog.applied(db));
            assertEquals(List.of(email.id()), Catalog.heads(db));
            assertEquals(List.of("a_things", "b_things", "orders", "retort_version", "users"), Catalog.tables(db));
            p.ok("stamp", "heads");
            assertEquals(List.of(mergeId), Catalog.heads(db));
            assertEquals(6, Catalog.applied(db).size());

            // offline SQL for the whole range, run on an empty database, builds the same schema
            String sql = p.ok("upgrade", "--sql", "base:heads").out();
            assertTrue(sql.contains("CREATE TABLE"), sql);
            assertTrue(sql.contains("INSERT INTO \"public\".\"retort_version\""), sql);
            try (TestDatabase fresh = TestDatabases.create("session_offline")) {
                // the script is for psql (it starts with \set ON_ERROR_STOP on): run it there
                java.nio.file.Path file = java.nio.file.Files.createTempFile("offline", ".sql");
                java.nio.file.Files.writeString(file, sql);
                OfflineScriptPsqlTest.Psql run = OfflineScriptPsqlTest.psql(fresh, file, java.util.Map.of());
                assertEquals(0, run.exitCode(), run.output());
                assertEquals(Catalog.tables(db), Catalog.tables(fresh));
                assertEquals(Catalog.columns(db, "users"), Catalog.columns(fresh, "users"));
                assertEquals(Catalog.applied(db), Catalog.applied(fresh));
                assertEquals(List.of(mergeId), Catalog.heads(fresh));
            }
            String partial = p.ok("upgrade", "--sql", email.id() + ":" + orders.id()).out();
            assertTrue(partial.contains("orders") && !partial.contains("a_things") && !partial.contains("CREATE TABLE users"), partial);
            assertTrue(p.ok("downgrade", "--sql", "heads:" + orders.id()).out().contains("DROP TABLE"), "downgrade --sql");
        }
    }

    private static List<String> sorted(String... ids) {
        return java.util.Arrays.stream(ids).sorted().toList();
    }
}
