package dev.retort.reflect;

import dev.retort.model.SchemaModel;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/**
 * The fast reader: six bulk queries against {@code pg_catalog} for the whole schema (tables, columns,
 * constraints, indexes, sequences, enum types), whatever the number of tables. Needs PostgreSQL 11 or
 * later ({@code indnkeyatts}, {@code pg_sequence}). Expressions (defaults, generation expressions, check
 * and partial-index predicates) are kept as PostgreSQL prints them (non-pretty), expression index keys as
 * {@code pg_get_indexdef(index, key, true)} prints them. The queries run with JIT compilation off; the
 * session's setting is restored afterwards. The project's schema and each other schema the entities use are read
 * in turn ({@link ReflectedSchemas}).
 */
public final class PgCatalogReader implements SchemaReader {

    @Override
    public SchemaModel read(Connection connection, ReflectOptions options) {
        String jit = jitOff(connection);
        try {
            return ReflectedSchemas.read(connection, options, this::readCatalog);
        } finally {
            restoreJit(connection, jit);
        }
    }

    /**
     * Switches PostgreSQL's JIT compiler off for this session and returns the earlier setting (null when it
     * could not). The planner
     * over-estimates catalog joins (pg_attribute counts dead rows after much DDL, such as a scratch
     * canonicalization), and JIT-compiling one such query took longer than all of them run (seconds at a
     * thousand tables); no catalog query gains from it.
     */
    private static String jitOff(Connection connection) {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT pg_catalog.current_setting('jit', true), "
                     + "pg_catalog.set_config('jit', 'off', false)")) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            return null; // only slower; if the connection is unusable, the first catalog query says so
        }
    }

    private static void restoreJit(Connection connection, String jit) {
        if (jit == null || jit.equals("off")) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement("SELECT pg_catalog.set_config('jit', ?, false)")) {
            ps.setString(1, jit);
            ps.execute();
        } catch (SQLException e) {
            // the transaction failed already (its error is the one reported); a rollback restores the setting
        }
    }

    private SchemaModel readCatalog(Connection connection, ReflectOptions options) {
        String schema = options.schema();
        TableFilter filter = options.tableFilter();
        Map<String, TableParts> tables = PgTableQuery.read(connection, schema, filter);
        PgColumnQuery.read(connection, schema, tables);
        PgConstraintQuery.read(connection, schema, tables);
        PgIndexQuery.read(connection, schema, tables);
        OwnedSequences.Placed placed = OwnedSequences.place(
                tables.values().stream().map(TableParts::toTable).toList(), PgSequenceQuery.read(connection, schema));
        return new SchemaModel(placed.tables(), placed.sequences(), PgEnumQuery.read(connection, schema),
                List.of(), PgCastQuery.read(connection, schema)).sorted();
    }
}
