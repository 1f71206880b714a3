package dev.retort.model;

/**
 * One key of an index: either a plain column or an expression, ascending or descending.
 * Exactly one of {@code column} and {@code expression} is set.
 */
public record IndexKey(String column, String expression, boolean descending) {
    public IndexKey {
        if ((column == null) == (expression == null)) {
            throw new IllegalArgumentException("an index key is either a column or an expression, got column="
                    + column + " expression=" + expression);
        }
    }

    public static IndexKey column(String column) {
        return new IndexKey(column, null, false);
    }

    public static IndexKey columnDesc(String column) {
        return new IndexKey(column, null, true);
    }

    public static IndexKey expression(String expression) {
        return new IndexKey(null, expression, false);
    }

    public boolean isExpression() {
        return expression != null;
    }

    /** The same key on another column (a column rename); an expression key is returned unchanged. */
    public IndexKey withColumn(String newColumn) {
        return column == null ? this : new IndexKey(newColumn, expression, descending);
    }
}
