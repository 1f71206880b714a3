package dev.retort.reflect;

import java.sql.Connection;
import java.util.HashSet;
import java.util.Set;

/**
 * Names of the partitions in the schema ({@code partitions.sql}). Retort models a partitioned table, not
 * its partitions; the fast path leaves them out in SQL, the SchemaCrawler path by this list.
 */
final class PgPartitionQuery {
    private PgPartitionQuery() {
    }

    static Set<String> read(Connection connection, String schema) {
        Set<String> names = new HashSet<>();
        CatalogSql.query(connection, "partitions", schema, rs -> names.add(rs.getString("table_name")));
        return names;
    }
}
