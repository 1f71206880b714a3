package dev.retort.acceptance;

import dev.retort.testing.TestRole;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A missing privilege is reported as such (exit 16), naming the statement, the revision, the privilege the role
 * lacks and the GRANT that fixes it, never as a mapping or migration error; the database is left as it was.
 */
class MissingPrivilegeTest {
    private static final String USERS = "op.createTable(\"users\", column(\"id\", INTEGER));";

    @Test
    void firstUpgradeOfAnEmptyDatabaseWithoutCreateOnSchemaPublic() throws Exception {
        try (CliProject p = new CliProject("priv_first");
             TestRole role = TestRole.create("nocreate", p.db)) {
            p.db.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC; GRANT USAGE ON SCHEMA public TO " + role.name());
            p.write("M1_users", Migrations.source("M1_users", "aaa111", Migrations.parents(), USERS,
                    "op.dropTable(\"users\");"));
            p.env.put("RETORT_URL", role.jdbcUrl());

            CliResult r = p.run("upgrade");
            assertEquals(16, r.exitCode(), r.toString());
            assertTrue(r.err().contains("permission denied for schema public"), r.err());
            assertTrue(r.err().contains("statement: CREATE TABLE IF NOT EXISTS \"public\".\"retort_version\""), r.err());
            assertTrue(r.err().contains("role " + role.name() + " lacks CREATE on schema public"), r.err());
            assertTrue(r.err().contains("GRANT CREATE ON SCHEMA public TO " + role.name()), r.err());
            assertFalse(r.err().contains("Fix the mapping"), r.err());
            assertEquals(List.of(), Catalog.tables(p.db));
        }
    }

    @Test
    void aMigrationStatementTheRoleMayNotRunNamesTheRevisionAndTheStatement() throws Exception {
        try (CliProject p = new CliProject("priv_step");
             TestRole role = TestRole.create("step", p.db)) {
            p.write("M1_audit", Migrations.source("M1_audit", "aaa111", Migrations.parents(),
                    "op.createTable(\"audit\", column(\"id\", INTEGER));", "op.dropTable(\"audit\");"));
            p.ok("upgrade"); // by the owner: the version table exists
            p.db.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC; GRANT USAGE ON SCHEMA public TO " + role.name()
                    + "; GRANT SELECT, INSERT, UPDATE, DELETE ON public.retort_version TO " + role.name());
            p.write("M2_users", Migrations.source("M2_users", "bbb222", Migrations.parents("aaa111"), USERS,
                    "op.dropTable(\"users\");"));
            p.env.put("RETORT_URL", role.jdbcUrl());
            String before = Catalog.snapshot(p.db);

            CliResult r = p.run("upgrade");
            assertEquals(16, r.exitCode(), r.toString());
            assertTrue(r.err().contains("upgrade of migration bbb222 ("), r.err());
            assertTrue(r.err().contains("M2_users.java"), r.err());
            assertTrue(r.err().contains("rolled back"), r.err());
            assertTrue(r.err().contains("statement: CREATE TABLE users ("), r.err());
            assertTrue(r.err().contains("lacks CREATE on schema public"), r.err());
            assertTrue(r.err().contains("GRANT CREATE ON SCHEMA public TO " + role.name()), r.err());
            assertEquals(before, Catalog.snapshot(p.db));
        }
    }

    @Test
    void aCastOnATypeTheRoleDoesNotOwnNamesTheTypeAndTheOwner() throws Exception {
        try (CliProject p = new CliProject("priv_cast");
             TestRole role = TestRole.create("caster", p.db)) {
            p.write("M1_status", Migrations.source("M1_status", "aaa111", Migrations.parents(),
                    "op.createEnumType(\"status\", \"NEW\", \"PAID\");", "op.dropEnumType(\"status\");"));
            p.ok("upgrade"); // by the owner of the database: the role does not own the type
            p.db.execute("GRANT CREATE ON SCHEMA public TO " + role.name()
                    + "; GRANT SELECT, INSERT, UPDATE, DELETE ON public.retort_version TO " + role.name());
            p.write("M2_casts", Migrations.source("M2_casts", "bbb222", Migrations.parents("aaa111"),
                    "op.createImplicitCast(\"varchar\", \"status\");\n        op.createImplicitCast(\"status\", \"varchar\");",
                    "op.dropCast(\"status\", \"varchar\");\n        op.dropCast(\"varchar\", \"status\");"));
            p.env.put("RETORT_URL", role.jdbcUrl());
            String before = Catalog.snapshot(p.db);

            CliResult r = p.run("upgrade");
            assertEquals(16, r.exitCode(), r.toString());
            assertTrue(r.err().contains("upgrade of migration bbb222 ("), r.err());
            assertTrue(r.err().contains("must be owner of type character varying or type status"), r.err());
            assertTrue(r.err().contains("statement: CREATE CAST (varchar AS status) WITH INOUT AS IMPLICIT"), r.err());
            assertTrue(r.err().contains("ALTER TYPE status OWNER TO " + role.name()), r.err());
            assertFalse(r.err().contains("\tat "), r.err());
            assertEquals(before, Catalog.snapshot(p.db));
            assertEquals(List.of(), p.db.column("select castsource::regtype::text from pg_cast where oid >= 16384"));
        }
    }

    @Test
    void upgradeAsARoleWithReadOnlyTransactionsSaysTheSessionIsReadOnly() throws Exception {
        try (CliProject p = new CliProject("priv_ro");
             TestRole role = TestRole.create("rotx", p.db)) {
            p.db.execute("GRANT ALL ON SCHEMA public TO " + role.name()
                    + "; ALTER ROLE " + role.name() + " SET default_transaction_read_only = on");
            p.write("M1_users", Migrations.source("M1_users", "aaa111", Migrations.parents(), USERS,
                    "op.dropTable(\"users\");"));
            p.env.put("RETORT_URL", role.jdbcUrl());

            CliResult r = p.run("upgrade");
            assertEquals(16, r.exitCode(), r.toString());
            assertTrue(r.err().contains("in a read-only transaction"), r.err());
            assertTrue(r.err().contains("the session is read-only"), r.err());
            assertTrue(r.err().contains("ALTER ROLE " + role.name() + " SET default_transaction_read_only = off"),
                    r.err());
            assertEquals(List.of(), Catalog.tables(p.db));
        }
    }

    @Test
    void currentWithoutSelectOnTheVersionTableNamesTheTableAndTheGrant() throws Exception {
        try (CliProject p = new CliProject("priv_current");
             TestRole role = TestRole.create("nosel", p.db)) {
            p.write("M1_users", Migrations.source("M1_users", "aaa111", Migrations.parents(), USERS,
                    "op.dropTable(\"users\");"));
            p.ok("upgrade");
            p.env.put("RETORT_URL", role.jdbcUrl());

            CliResult r = p.run("current");
            assertEquals(16, r.exitCode(), r.toString());
            assertTrue(r.err().contains("permission denied for table retort_version"), r.err());
            assertTrue(r.err().contains("lacks SELECT on table retort_version"), r.err());
            assertTrue(r.err().contains("GRANT SELECT ON TABLE retort_version TO " + role.name()), r.err());
        }
    }
}
