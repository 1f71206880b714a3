package dev.retort.scan.read;

import dev.retort.dialect.postgres.PgTypes;
import dev.retort.model.Column;
import dev.retort.model.Identity;
import dev.retort.model.SqlType;
import dev.retort.scan.ScanException;
import org.hibernate.mapping.Table;

import java.util.Locale;

/**
 * One column as Hibernate's DDL declares it: the SQL type Hibernate resolves for it (parsed into canonical form),
 * nullability as PostgreSQL will report it (primary-key and identity columns are never null), the default and
 * generation expressions as Hibernate writes them, identity, comment, and a collation a {@code columnDefinition}
 * declares ({@code varchar(100) collate "C"}).
 */
final class ColumnReader {
    private ColumnReader() {
    }

    static Column read(ReadContext context, Table table, org.hibernate.mapping.Column column) {
        String name = columnName(column);
        String sqlType = sqlType(context, table, column);
        ColumnDefinitionText definition = ColumnDefinitionText.of(sqlType);
        DeclaredCollation declared = DeclaredCollation.of(definition.type());
        SqlType type;
        try {
            type = PgTypes.parse(declared.type());
        } catch (IllegalArgumentException e) {
            throw new ScanException("column " + context.displayName(table) + "." + name + " has SQL type '" + sqlType
                    + "' which Retort cannot read as a PostgreSQL type (from a columnDefinition?): " + e.getMessage(), e);
        }
        Identity identity = column.isIdentity() ? identity(context, column) : null;
        boolean nullable = column.isNullable() && identity == null && !table.isPrimaryKey(column);
        String defaultValue = column.getDefaultValue() == null || identity != null ? null
                : context.dialect().getColumnDefaultString(column.getDefaultValue());
        String generated = identity != null ? null : column.getGeneratedAs();
        String constraints = definition.constraints();
        var simple = definition.defaultAndNullability();
        if (simple.isPresent() && (defaultValue == null || simple.get().defaultExpression() == null)) {
            // only a default and NOT NULL: written as Retort writes any default, so the migration shows the text
            if (simple.get().defaultExpression() != null) {
                defaultValue = simple.get().defaultExpression();
            }
            nullable = nullable && !simple.get().notNull();
            constraints = null;
        }
        return new Column(name, type, nullable, defaultValue, identity, generated, column.getComment(), null,
                declared.collation(), constraints);
    }

    static String columnName(org.hibernate.mapping.Column column) {
        return Identifiers.fold(column.getName(), column.isQuoted());
    }

    private static String sqlType(ReadContext context, Table table, org.hibernate.mapping.Column column) {
        try {
            return column.getSqlType(context.metadata());
        } catch (RuntimeException e) {
            throw new ScanException("Hibernate cannot resolve the SQL type of column " + context.displayName(table)
                    + "." + columnName(column) + ": " + e.getMessage(), e);
        }
    }

    private static Identity identity(ReadContext context, org.hibernate.mapping.Column column) {
        String clause = context.dialect().getIdentityColumnSupport()
                .getIdentityColumnString(column.getSqlTypeCode(context.metadata()))
                .toLowerCase(Locale.ROOT);
        return clause.contains("always") ? Identity.generatedAlways() : Identity.byDefault();
    }
}
