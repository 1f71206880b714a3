package dev.retort.runtime.version;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Retort's record of applied revisions, one row each, in the target schema. Every value is written with
 * bind parameters; only the (validated) schema and table names are part of the SQL text.
 */
public final class VersionTable {
    private final String schema;
    private final String table;

    /** @param schema and {@code table} are plain identifiers (checked by the settings) */
    public VersionTable(String schema, String table) {
        this.schema = schema;
        this.table = table;
    }

    /** Turns is_head over on exactly the rows where it disagrees with the array parameter of heads. */
    private String flipHeads() {
        return "UPDATE " + qualifiedName() + " SET is_head = NOT is_head WHERE is_head <> (revision = ANY (?))";
    }

    public String qualifiedName() {
        return quote(schema) + "." + quote(table);
    }

    public String schema() {
        return schema;
    }

    public String table() {
        return table;
    }

    /** The statements creating the table (and its schema) when missing. */
    public List<String> createStatements() {
        return List.of(
                "CREATE SCHEMA IF NOT EXISTS " + quote(schema),
                "CREATE TABLE IF NOT EXISTS " + qualifiedName() + " (\n"
                        + "    revision varchar(64) PRIMARY KEY,\n"
                        + "    checksum varchar(80) NOT NULL,\n"
                        + "    applied_at timestamptz NOT NULL DEFAULT now(),\n"
                        + "    execution_ms bigint NOT NULL DEFAULT 0,\n"
                        + "    applied_by varchar(256) NOT NULL,\n"
                        + "    is_head boolean NOT NULL,\n"
                        + "    how varchar(16) NOT NULL,\n"
                        + "    " + REPAIRS + " text\n"
                        + ")");
    }

    public boolean exists(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            ps.setString(1, qualifiedName());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    /**
     * Creates the table when missing, or adds the columns later versions of Retort added (only commands that
     * write the version table call this; reading ones leave an old table as it is).
     */
    public void createIfMissing(Connection c) throws SQLException {
        if (exists(c)) {
            addMissingColumns(c);
            return;
        }
        try (Statement s = c.createStatement()) {
            if (!schemaExists(c)) {
                execute(s, createStatements().get(0));
            }
            execute(s, createStatements().get(1));
        }
    }

    private static ResultSet query(Statement s, String sql) throws SQLException {
        try {
            return s.executeQuery(sql);
        } catch (SQLException e) {
            throw new dev.retort.errors.FailedStatement(sql, e);
        }
    }

    private static void execute(Statement s, String sql) throws SQLException {
        try {
            s.execute(sql);
        } catch (SQLException e) {
            throw new dev.retort.errors.FailedStatement(sql, e);
        }
    }

    private boolean schemaExists(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_namespace WHERE nspname = ?")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** All rows, oldest first; empty when the table does not exist. */
    public List<AppliedRevision> read(Connection c) throws SQLException {
        if (!exists(c)) {
            return List.of();
        }
        List<AppliedRevision> out = new ArrayList<>();
        String sql = "SELECT revision, checksum, applied_at, execution_ms, applied_by, is_head, how FROM "
                + qualifiedName() + " ORDER BY applied_at, revision";
        try (Statement s = c.createStatement(); ResultSet rs = query(s, sql)) {
            while (rs.next()) {
                out.add(new AppliedRevision(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        rs.getLong(4), rs.getString(5), rs.getBoolean(6), rs.getString(7)));
            }
        }
        return out;
    }

    public void insert(Connection c, AppliedRevision row) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + qualifiedName()
                + " (revision, checksum, applied_at, execution_ms, applied_by, is_head, how) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, row.revision());
            ps.setString(2, row.checksum());
            ps.setTimestamp(3, Timestamp.from(row.appliedAt()));
            ps.setLong(4, row.executionMs());
            ps.setString(5, row.appliedBy());
            ps.setBoolean(6, row.head());
            ps.setString(7, row.how());
            ps.executeUpdate();
        }
    }

    /**
     * Records an applied migration and the new heads in one statement (one round trip per migration
     * matters when hundreds run in a row).
     */
    public void recordUpgrade(Connection c, AppliedRevision row, Collection<String> heads) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("WITH added AS (INSERT INTO " + qualifiedName()
                + " (revision, checksum, applied_at, execution_ms, applied_by, is_head, how) VALUES (?, ?, ?, ?, ?, ?, ?)) "
                + flipHeads())) {
            ps.setString(1, row.revision());
            ps.setString(2, row.checksum());
            ps.setTimestamp(3, Timestamp.from(row.appliedAt()));
            ps.setLong(4, row.executionMs());
            ps.setString(5, row.appliedBy());
            ps.setBoolean(6, heads.contains(row.revision()));
            ps.setString(7, row.how());
            ps.setArray(8, c.createArrayOf("varchar", heads.toArray()));
            try {
                ps.executeUpdate();
            } catch (SQLException e) {
                throw new dev.retort.errors.FailedStatement(ps.toString(), e);
            }
        }
    }

    /** Removes an un-applied migration's row and records the new heads, in one statement. */
    public void recordDowngrade(Connection c, String revision, Collection<String> heads) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("WITH removed AS (DELETE FROM " + qualifiedName()
                + " WHERE revision = ?) " + flipHeads() + " AND revision <> ?")) {
            ps.setString(1, revision);
            ps.setArray(2, c.createArrayOf("varchar", heads.toArray()));
            ps.setString(3, revision);
            try {
                ps.executeUpdate();
            } catch (SQLException e) {
                throw new dev.retort.errors.FailedStatement(ps.toString(), e);
            }
        }
    }

    public void delete(Connection c, String revision) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + qualifiedName() + " WHERE revision = ?")) {
            ps.setString(1, revision);
            ps.executeUpdate();
        }
    }

    public void deleteAll(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM " + qualifiedName());
        }
    }

    /** Marks exactly {@code heads} as heads. */
    public void markHeads(Connection c, Collection<String> heads) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(flipHeads())) {
            ps.setArray(1, c.createArrayOf("varchar", heads.toArray()));
            ps.executeUpdate();
        }
    }

    /** Stores a new checksum for a revision (stamp over an edited migration). */
    public void updateChecksum(Connection c, String revision, String checksum) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + qualifiedName() + " SET checksum = ? WHERE revision = ?")) {
            ps.setString(1, checksum);
            ps.setString(2, revision);
            ps.executeUpdate();
        }
    }

    /** Audit lines of {@code retort repair}, one per repair, oldest first; null when never repaired. */
    public static final String REPAIRS = "repairs";

    private void addMissingColumns(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_attribute WHERE attrelid = to_regclass(?) "
                + "AND attname = ? AND NOT attisdropped")) {
            ps.setString(1, qualifiedName());
            ps.setString(2, REPAIRS);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE " + qualifiedName() + " ADD COLUMN IF NOT EXISTS " + REPAIRS + " text");
        }
    }

    /**
     * Records a new checksum for an applied revision and appends an audit line: when (UTC, the server's
     * clock), the database user and {@code osUser}, the old and the new checksum.
     *
     * @return the audit line written
     */
    public String repairChecksum(Connection c, String revision, String checksum, String osUser) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + qualifiedName() + " SET checksum = ?, " + REPAIRS
                + " = concat_ws(E'\\n', " + REPAIRS + ", format('%s repaired by database user %s, OS user %s: checksum %s -> %s', "
                + "to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), current_user, ?::text, checksum, ?::text)) "
                + "WHERE revision = ? RETURNING " + REPAIRS)) {
            ps.setString(1, checksum);
            ps.setString(2, osUser);
            ps.setString(3, checksum);
            ps.setString(4, revision);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("revision " + revision + " has no row in " + qualifiedName());
                }
                String all = rs.getString(1);
                return all.substring(all.lastIndexOf('\n') + 1);
            }
        }
    }

    static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
