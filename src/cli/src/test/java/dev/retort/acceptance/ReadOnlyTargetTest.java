package dev.retort.acceptance;

import dev.retort.testing.TestRole;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code check} and {@code revision --autogenerate} only read the target: as a SELECT-only role, as a role whose
 * transactions are read-only, and on a database without TEMPORARY for PUBLIC, each with no caches (as on a fresh
 * clone), they find no drift, then the drift of an entity edit, then write the migration for it; the target's
 * catalog is the same afterwards, and Retort's sessions on it held no lock but ACCESS SHARE and never got a
 * transaction id.
 */
class ReadOnlyTargetTest {

    @Test
    void selectOnlyRoleWithTheEmbeddedScratchServer() throws Exception {
        try (CliProject p = migrated("ro_select")) {
            try (TestRole role = TestRole.create("select", p.db)) {
                p.db.execute("REVOKE ALL ON SCHEMA public FROM PUBLIC;"
                        + "REVOKE TEMPORARY, CREATE ON DATABASE " + p.db.name() + " FROM PUBLIC;"
                        + "GRANT USAGE ON SCHEMA public TO " + role.name() + ";"
                        + "GRANT SELECT ON ALL TABLES IN SCHEMA public TO " + role.name());
                // the default: no scratch.url, so the scratch database is on the embedded server in .retort/pg
                p.env.remove("RETORT_SCRATCH_URL");
                checkAndAutogenerateOnlyRead(p, role);
            }
        }
    }

    @Test
    void roleWithReadOnlyTransactions() throws Exception {
        try (CliProject p = migrated("ro_readonly")) {
            try (TestRole role = TestRole.create("readonly", p.db)) {
                // every privilege a migrating role has, but its transactions are read-only
                p.db.execute("GRANT ALL ON SCHEMA public TO " + role.name() + ";"
                        + "GRANT ALL ON ALL TABLES IN SCHEMA public TO " + role.name() + ";"
                        + "GRANT ALL ON DATABASE " + p.db.name() + " TO " + role.name() + ";"
                        + "ALTER ROLE " + role.name() + " SET default_transaction_read_only = on");
                checkAndAutogenerateOnlyRead(p, role);
            }
        }
    }

    @Test
    void databaseWithoutTemporaryForPublic() throws Exception {
        try (CliProject p = migrated("ro_notemp")) {
            try (TestRole role = TestRole.create("notemp", p.db)) {
                p.db.execute("REVOKE TEMPORARY ON DATABASE " + p.db.name() + " FROM PUBLIC;"
                        + "GRANT USAGE, CREATE ON SCHEMA public TO " + role.name() + ";"
                        + "GRANT SELECT ON ALL TABLES IN SCHEMA public TO " + role.name());
                checkAndAutogenerateOnlyRead(p, role);
            }
        }
    }

    @Test
    void roleLimitedToOneConnection() throws Exception {
        try (CliProject p = migrated("ro_onesession")) {
            try (TestRole role = TestRole.create("onesession", p.db)) {
                // autogenerate reads the target while it scans: still one session at a time
                p.db.execute("GRANT USAGE ON SCHEMA public TO " + role.name() + ";"
                        + "GRANT SELECT ON ALL TABLES IN SCHEMA public TO " + role.name() + ";"
                        + "ALTER ROLE " + role.name() + " CONNECTION LIMIT 1");
                checkAndAutogenerateOnlyRead(p, role);
            }
        }
    }

    /** A project with a customer entity, migrated by the database's owner. */
    private static CliProject migrated(String purpose) {
        CliProject p = new CliProject(purpose);
        Entities.configure(p);
        Entities.customer(p, "");
        p.ok("revision", "--autogenerate", "-m", "Create customer");
        p.ok("upgrade");
        return p;
    }

    private static void checkAndAutogenerateOnlyRead(CliProject p, TestRole role) throws Exception {
        p.env.put("RETORT_URL", role.jdbcUrl());
        String before = TargetWatch.catalog(p.db);
        try (TargetWatch watch = TargetWatch.start(p.db)) {
            freshClone(p);
            CliResult inSync = p.run("check");
            assertEquals(0, inSync.exitCode(), inSync.toString());
            assertTrue(inSync.out().startsWith("No drift"), inSync.toString());

            Entities.customer(p, """
                    @Column(length = 32)
                    String phone;
                    """);
            freshClone(p);
            CliResult drift = p.run("check");
            assertEquals(1, drift.exitCode(), drift.toString());
            assertTrue(drift.out().contains("add column customer.phone varchar(32)"), drift.out());

            freshClone(p);
            CliResult auto = p.run("revision", "--autogenerate", "-m", "Add phone");
            assertEquals(0, auto.exitCode(), auto.toString());
            assertTrue(auto.out().contains("detected add column customer.phone varchar(32)"), auto.out());
            Path written = newest(p.migrations(), "_add_phone");
            assertTrue(Files.readString(written).contains("op.addColumn(\"customer\""), Files.readString(written));

            CliResult current = p.run("current");
            assertEquals(0, current.exitCode(), current.toString());

            watch.close();
            assertTrue(watch.samplesWithRetort() > 0, "the watch saw Retort's session on the target");
            assertEquals(List.of(), watch.nonReadLocks(), "locks other than ACCESS SHARE: " + watch.locks());
            assertEquals(List.of(), watch.writes(), "a Retort session on the target got a transaction id");
        }
        assertEquals(before, TargetWatch.catalog(p.db), "the target's pg_class, pg_namespace and pg_type");
    }

    /** No caches: as on a fresh clone of the project. */
    private static void freshClone(CliProject p) throws IOException {
        dev.retort.io.Trees.deleteQuietly(p.dir.resolve(".retort").resolve("cache"));
    }

    private static Path newest(Path dir, String part) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().contains(part)).findFirst()
                    .orElseThrow(() -> new AssertionError("no migration with " + part + " in " + dir));
        }
    }
}
