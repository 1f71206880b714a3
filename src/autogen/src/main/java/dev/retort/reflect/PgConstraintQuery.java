package dev.retort.reflect;

import dev.retort.model.CheckConstraint;
import dev.retort.model.Deferrable;
import dev.retort.model.ForeignKey;
import dev.retort.model.PrimaryKey;
import dev.retort.model.ReferentialAction;
import dev.retort.model.UniqueConstraint;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Primary keys, unique constraints, foreign keys and checks of every table in one query
 * ({@code constraints.sql}, one row per constrained column in key order), with their deferrability, a
 * foreign key's {@code MATCH FULL} and a unique constraint's {@code NULLS NOT DISTINCT}.
 */
final class PgConstraintQuery {
    private PgConstraintQuery() {
    }

    /** The rows of one constraint, gathered until the next constraint starts. */
    private static final class Pending {
        final TableParts table;
        final String name;
        final char type;
        final List<String> columns = new ArrayList<>();
        final List<String> referencedColumns = new ArrayList<>();
        String referencedTable;
        String referencedSchema;
        ReferentialAction onDelete;
        ReferentialAction onUpdate;
        String definition;
        Deferrable deferrable;
        boolean matchFull;
        boolean nullsNotDistinct;

        Pending(TableParts table, String name, char type) {
            this.table = table;
            this.name = name;
            this.type = type;
        }
    }

    static void read(Connection connection, String schema, Map<String, TableParts> tables) {
        Pending[] current = {null};
        CatalogSql.query(connection, "constraints", schema, rs -> {
            TableParts table = tables.get(rs.getString("table_name"));
            if (table == null) {
                return;
            }
            String name = rs.getString("constraint_name");
            if (current[0] == null || current[0].table != table || !current[0].name.equals(name)) {
                finish(current[0]);
                current[0] = start(rs, table, name, schema);
            }
            addColumn(rs, current[0]);
        });
        finish(current[0]);
    }

    private static Pending start(ResultSet rs, TableParts table, String name, String schema) throws SQLException {
        Pending p = new Pending(table, name, CatalogSql.code(rs, "constraint_type"));
        if (p.type == 'f') {
            p.referencedTable = rs.getString("referenced_table");
            p.referencedSchema = ReflectedNames.referencedSchema(rs.getString("referenced_schema"), schema);
            p.onDelete = PgReferentialActions.fromCode(CatalogSql.code(rs, "on_delete"));
            p.onUpdate = PgReferentialActions.fromCode(CatalogSql.code(rs, "on_update"));
        }
        p.definition = rs.getString("definition");
        p.deferrable = Deferrable.of(rs.getBoolean("is_deferrable"), rs.getBoolean("is_deferred"));
        p.matchFull = CatalogSql.code(rs, "match_type") == 'f';
        p.nullsNotDistinct = rs.getBoolean("nulls_not_distinct");
        return p;
    }

    private static void addColumn(ResultSet rs, Pending p) throws SQLException {
        String column = rs.getString("column_name");
        if (column != null) {
            p.columns.add(column);
        }
        String referenced = rs.getString("referenced_column");
        if (referenced != null) {
            p.referencedColumns.add(referenced);
        }
    }

    private static void finish(Pending p) {
        if (p == null) {
            return;
        }
        switch (p.type) {
            case 'p' -> p.table.primaryKey = new PrimaryKey(p.name, p.columns, p.deferrable);
            case 'u' -> p.table.uniques.add(new UniqueConstraint(p.name, p.columns, p.deferrable, p.nullsNotDistinct));
            case 'f' -> p.table.foreignKeys.add(new ForeignKey(p.name, p.columns, p.referencedTable,
                    p.referencedColumns, p.onDelete, p.onUpdate, p.referencedSchema, p.deferrable, p.matchFull));
            case 'c' -> {
                String printed = CheckDefinitions.expression(p.definition);
                p.table.checks.add(new CheckConstraint(p.name, printed, printed));
            }
            default -> throw new IllegalStateException("unexpected constraint type " + p.type + " of " + p.name);
        }
    }
}
