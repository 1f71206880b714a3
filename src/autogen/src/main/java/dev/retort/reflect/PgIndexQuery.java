package dev.retort.reflect;

import dev.retort.model.Index;
import dev.retort.model.IndexKey;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Indexes of every table in one query ({@code indexes.sql}, one row per index column), leaving out
 * indexes that back a primary key, unique or exclusion constraint: those are the constraints' own.
 */
final class PgIndexQuery {
    static final String DEFAULT_METHOD = "btree";

    private PgIndexQuery() {
    }

    /** The rows of one index, gathered until the next index starts. */
    private static final class Pending {
        final TableParts table;
        final String name;
        final boolean unique;
        final int keyCount;
        final String method;
        final String predicate;
        final boolean valid;
        final boolean nullsNotDistinct;
        final List<IndexKey> keys = new ArrayList<>();
        final List<String> include = new ArrayList<>();

        Pending(TableParts table, String name, ResultSet rs) throws SQLException {
            this.table = table;
            this.name = name;
            this.unique = rs.getBoolean("is_unique");
            this.keyCount = rs.getInt("key_count");
            String am = rs.getString("access_method");
            this.method = DEFAULT_METHOD.equals(am) ? null : am;
            this.predicate = rs.getString("predicate");
            this.valid = rs.getBoolean("is_valid");
            this.nullsNotDistinct = rs.getBoolean("nulls_not_distinct");
        }

        Index toIndex() {
            return new Index(name, keys, unique, predicate, include, method, valid, nullsNotDistinct);
        }
    }

    static void read(Connection connection, String schema, Map<String, TableParts> tables) {
        Pending[] current = {null};
        CatalogSql.query(connection, "indexes", schema, rs -> {
            TableParts table = tables.get(rs.getString("table_name"));
            if (table == null) {
                return;
            }
            String name = rs.getString("index_name");
            if (current[0] == null || current[0].table != table || !current[0].name.equals(name)) {
                finish(current[0]);
                current[0] = new Pending(table, name, rs);
            }
            addColumn(rs, current[0]);
        });
        finish(current[0]);
    }

    private static void addColumn(ResultSet rs, Pending p) throws SQLException {
        String column = rs.getString("column_name");
        if (rs.getInt("position") > p.keyCount) {
            p.include.add(column);
        } else if (column != null) {
            p.keys.add(new IndexKey(column, null, rs.getBoolean("descending"), rs.getString("key_collation"),
                    rs.getString("key_opclass")));
        } else {
            p.keys.add(new IndexKey(null, rs.getString("expression"), rs.getBoolean("descending"),
                    rs.getString("key_collation"), rs.getString("key_opclass")));
        }
    }

    private static void finish(Pending p) {
        if (p != null) {
            p.table.indexes.add(p.toIndex());
        }
    }
}
