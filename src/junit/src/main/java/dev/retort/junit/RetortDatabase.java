package dev.retort.junit;

import dev.retort.command.Workspace;
import dev.retort.runtime.Database;
import dev.retort.runtime.Migrator;
import dev.retort.runtime.Project;
import dev.retort.runtime.StepResult;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The test class's database, as a test parameter: each test that takes one starts with the database at base
 * (empty), moves it with {@link #upgrade} and {@link #downgrade} as {@code retort upgrade} and {@code retort
 * downgrade} would, and seeds and reads data with {@link #execute}, {@link #query} or a plain {@link #connection}.
 */
public final class RetortDatabase {
    private final Workspace ws;
    private final TestTarget target;
    private boolean touched;

    RetortDatabase(Workspace ws, TestTarget target) {
        this.ws = ws;
        this.target = target;
    }

    /** Applies the migrations up to {@code target}: {@code heads}, a revision id or prefix, {@code +1}. */
    public List<StepResult> upgrade(String target) {
        touched = true;
        try (Database db = open()) {
            return new Migrator(project(), db, r -> { }).upgrade(target);
        }
    }

    /** Un-applies migrations down to {@code target}: {@code base}, a revision id, {@code -1}. */
    public List<StepResult> downgrade(String target) {
        touched = true;
        try (Database db = open()) {
            return new Migrator(project(), db, r -> { }).downgrade(target);
        }
    }

    /** The revisions the database is at (its heads in the version table); empty at base. */
    public Set<String> current() {
        try (Database db = open()) {
            return Set.copyOf(db.read(db::applied).heads());
        }
    }

    /** Runs SQL (one statement, or several separated by semicolons) in its own transaction. */
    public void execute(String sql) {
        touched = true;
        try (Connection c = target.connector().open(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            s.execute(sql);
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    /** The rows of a query, each a map from column label to value, with {@code ?} bound to {@code parameters}. */
    public List<Map<String, Object>> query(String sql, Object... parameters) {
        try (Connection c = target.connector().open(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            List<Map<String, Object>> rows = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        row.put(meta.getColumnLabel(i), rs.getObject(i));
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    /** A new connection to the database, for the caller to close. */
    public Connection connection() {
        touched = true;
        return target.connector().open();
    }

    /** The database's JDBC URL (may hold a password), or null when a {@link javax.sql.DataSource} was given. */
    public String jdbcUrl() {
        return target.jdbcUrl();
    }

    /** Back to base: a new empty database where the extension made it, else a downgrade to base. */
    public void reset() {
        if (target.recreatable()) {
            target.recreate();
        } else {
            downgrade("base");
        }
        touched = false;
    }

    /** Before a test: at base again if an earlier test moved it. */
    void resetIfTouched() {
        if (touched) {
            reset();
        }
    }

    /** Drops what the extension made. */
    void close() {
        target.close();
    }

    /** Something moved the database outside the public methods: the next test starts afresh. */
    void markTouched() {
        touched = true;
    }

    Workspace workspace() {
        return ws;
    }

    Project project() {
        return ws.project();
    }

    /** A connection handle for the commands; closing it closes nothing shared. */
    Database open() {
        return new Database(target.connector(), ws.dialect(), ws.versionTable(), ws.settings().lockTimeout());
    }

    private static IllegalStateException failure(String sql, SQLException e) {
        return new IllegalStateException("on the test database: " + sql + ": " + e.getMessage(), e);
    }
}
