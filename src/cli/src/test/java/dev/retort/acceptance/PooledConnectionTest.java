package dev.retort.acceptance;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.retort.Retort;
import dev.retort.runtime.StepResult;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Migrating at start-up through an application's pool: a pool of one connection is enough, and the
 * connection goes back to the pool with the settings it came with (search_path, synchronous_commit,
 * auto-commit) and without the migration lock.
 */
class PooledConnectionTest {

    @Test
    void aPoolOfOneIsEnoughAndItsConnectionComesBackAsItWas() throws Exception {
        try (CliProject p = new CliProject("pool_of_one")) {
            p.write("M1", Migrations.source("M1", "aaa111", Migrations.parents(),
                    "op.createTable(\"users\", column(\"id\", INTEGER));", "op.dropTable(\"users\");"));
            p.write("M2", "import dev.retort.api.*;\nimport static dev.retort.api.Schema.*;\n\n"
                    + "@Revision(id = \"bbb222\", parents = \"aaa111\", transactional = false)\n"
                    + "public class M2 implements Migration {\n"
                    + "    public void upgrade(Operations op) { op.createIndexConcurrently(\"users\", index(\"ix_users_id\", \"id\")); }\n"
                    + "    public void downgrade(Operations op) { op.dropIndexConcurrently(\"users\", \"ix_users_id\"); }\n"
                    + "}\n");
            p.db.execute("CREATE SCHEMA app");
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(p.db.jdbcUrl());
            config.setMaximumPoolSize(1);
            config.setMinimumIdle(1);
            config.setConnectionTimeout(2000);
            try (HikariDataSource pool = new HikariDataSource(config)) {
                String before;
                try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                    s.execute("SET search_path TO public, pg_catalog");
                    s.execute("SET synchronous_commit TO remote_apply");
                    s.execute("SET lock_timeout TO '7s'");
                    before = settings(c);
                }
                Retort retort = Retort.builder(pool).schema("app").migrationsDir(p.migrations())
                        .cacheDir(Files.createTempDirectory("retort-pool-cache-")).build();

                List<StepResult> up = retort.upgrade("heads");
                assertEquals(List.of("aaa111", "bbb222"), up.stream().map(StepResult::revision).toList());
                assertEquals(before, settingsOf(pool), "after upgrade");
                assertEquals(List.of("ix_users_id"), p.db.column("SELECT indexname FROM pg_indexes WHERE schemaname = 'app' AND tablename = 'users'"));

                assertEquals(List.of(), retort.upgrade("heads"), "nothing left to do");
                assertEquals(before, settingsOf(pool), "after an upgrade with nothing to do");

                assertEquals(2, retort.downgrade("base").size());
                assertEquals(before, settingsOf(pool), "after downgrade");
                assertEquals(List.of(), p.db.column("SELECT tablename FROM pg_tables WHERE schemaname = 'app' AND tablename = 'users'"));
            }
        }
    }

    private static String settingsOf(HikariDataSource pool) throws SQLException {
        try (Connection c = pool.getConnection()) {
            return settings(c);
        }
    }

    /** The backend (the same one each time: the pool has one connection), its settings and advisory locks. */
    private static String settings(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_backend_pid(), "
                + "current_setting('search_path'), current_setting('synchronous_commit'), current_setting('lock_timeout'), "
                + "(SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid())")) {
            rs.next();
            return "pid " + rs.getInt(1) + ", search_path " + rs.getString(2) + ", synchronous_commit " + rs.getString(3)
                    + ", lock_timeout " + rs.getString(4) + ", advisory locks " + rs.getLong(5)
                    + ", autocommit " + c.getAutoCommit();
        }
    }
}
