package dev.retort.reflect;

import dev.retort.model.Column;
import dev.retort.model.Identity;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

/**
 * Columns of every table in one query ({@code columns.sql}): type from {@code format_type}, NOT NULL,
 * default or stored generation expression from {@code pg_attrdef}, identity with its sequence's start and
 * increment, comment, collation when not the type's default.
 */
final class PgColumnQuery {
    private PgColumnQuery() {
    }

    static void read(Connection connection, String schema, Map<String, TableParts> tables) {
        CatalogSql.query(connection, "columns", schema, rs -> {
            TableParts table = tables.get(rs.getString("table_name"));
            if (table != null) {
                table.columns.add(column(rs, schema));
            }
        });
    }

    private static Column column(ResultSet rs, String schema) throws SQLException {
        String expression = rs.getString("expression");
        boolean generated = CatalogSql.code(rs, "generated") == 's';
        return new Column(
                rs.getString("column_name"),
                FormattedTypes.parse(rs.getString("column_type"), schema),
                !rs.getBoolean("not_null"),
                generated ? null : expression,
                identity(rs),
                generated ? expression : null,
                rs.getString("comment"),
                null,
                rs.getString("collation"));
    }

    private static Identity identity(ResultSet rs) throws SQLException {
        char kind = CatalogSql.code(rs, "identity");
        if (kind == '\0') {
            return null;
        }
        return new Identity(kind == 'a', CatalogSql.nullableLong(rs, "identity_start"),
                CatalogSql.nullableLong(rs, "identity_increment"));
    }
}
