package dev.retort.dialect.postgres;

import dev.retort.ops.ExecuteSql;
import dev.retort.ops.RunJdbc;
import dev.retort.runtime.exec.OperationFailedException;
import dev.retort.testing.TestDatabase;
import dev.retort.testing.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import static dev.retort.dialect.postgres.RoundTrip.apply;
import static dev.retort.dialect.postgres.RoundTrip.assertRoundTrip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PgRawOpsTest {
    TestDatabase db;

    @BeforeEach
    void open() {
        db = TestDatabases.create("pg_raw_ops");
        db.execute("CREATE TABLE t (id integer)");
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void executeSqlRunsAsGivenAndItsReverseSql() {
        ExecuteSql op = new ExecuteSql("CREATE VIEW v AS SELECT id FROM t; CREATE TABLE u (x int)", "DROP VIEW v; DROP TABLE u");
        assertEquals(List.of(op.sql()), RoundTrip.dialect(db).toSql(op));
        assertRoundTrip(db, op, d -> assertEquals(List.of("u", "v"), d.column("SELECT relname FROM pg_class"
                + " WHERE relname IN ('u', 'v') ORDER BY 1")));
    }

    @Test
    void runJdbcHasNoSqlAndRunsItsWorkOnTheConnection() {
        RunJdbc op = new RunJdbc("seed t", c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO t VALUES (?)")) {
                ps.setInt(1, 7);
                ps.executeUpdate();
            }
        });
        assertEquals(List.of(), RoundTrip.dialect(db).toSql(op));
        apply(db, op);
        assertEquals(List.of("7"), db.column("SELECT id FROM t"));
    }

    @Test
    void failingJdbcWorkNamesTheStep() {
        RunJdbc op = new RunJdbc("seed t", c -> {
            throw new SQLException("boom");
        });
        var e = assertThrows(OperationFailedException.class, () -> apply(db, op));
        assertTrue(e.getMessage().startsWith("failed to run seed t"), e.getMessage());
        assertTrue(e.getMessage().contains("boom"), e.getMessage());
        assertNull(e.sql());
    }

    @Test
    void failingStatementIsNamed() {
        var e = assertThrows(OperationFailedException.class, () -> apply(db, new ExecuteSql("SELECT nope FROM t", null)));
        assertEquals("SELECT nope FROM t", e.sql());
        assertTrue(e.getMessage().contains("column \"nope\" does not exist"), e.getMessage());
    }
}
