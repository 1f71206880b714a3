package dev.retort.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** One test's own database. Closing it drops the database. */
public record TestDatabase(String name, String jdbcUrl) implements AutoCloseable {

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl);
    }

    /** Runs statements separated by semicolons at line ends. */
    public void execute(String sql) {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("on " + name + ": " + e.getMessage(), e);
        }
    }

    /** The first column of every row of a query, as strings. */
    public List<String> column(String sql) {
        List<String> out = new ArrayList<>();
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("on " + name + ": " + e.getMessage(), e);
        }
        return out;
    }

    @Override
    public void close() {
        TestDatabases.drop(name);
    }
}
