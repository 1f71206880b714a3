package dev.retort.reflect;

import dev.retort.dialect.postgres.PgTypes;
import dev.retort.model.SqlType;
import schemacrawler.schema.Column;

/**
 * The canonical type of a column as SchemaCrawler reports it through the JDBC driver: the PostgreSQL
 * type name ({@code int4}, {@code _varchar} for arrays, {@code serial} for an integer column whose
 * default is {@code nextval(...)}, an enum's own name) plus {@code COLUMN_SIZE} and
 * {@code DECIMAL_DIGITS}, which carry the length, numeric precision and scale, or fractional-seconds
 * precision.
 */
final class ScColumnTypes {
    /** What the driver reports as the size of a type without a length limit. */
    private static final int UNBOUNDED = Integer.MAX_VALUE;

    private ScColumnTypes() {
    }

    static SqlType of(Column column) {
        SqlType base = PgTypes.parse(column.getColumnDataType().getName());
        int size = column.getSize();
        int digits = column.getDecimalDigits();
        Integer length = size > 0 && size != UNBOUNDED ? size : null;
        return switch (base.name()) {
            case "varchar", "varbit" -> new SqlType(base.name(), length, null, null, base.arrayDimensions());
            case "char", "bit" -> new SqlType(base.name(), length, null, null, base.arrayDimensions());
            case "numeric" -> length == null ? base
                    : new SqlType("numeric", null, size, digits, base.arrayDimensions());
            case "time", "timetz", "timestamp", "timestamptz", "interval" ->
                    new SqlType(base.name(), null, digits, null, base.arrayDimensions());
            default -> base;
        };
    }
}
