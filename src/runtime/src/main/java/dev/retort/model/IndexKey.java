package dev.retort.model;

/**
 * One key of an index: either a plain column or an expression, ascending or descending.
 * Exactly one of {@code column} and {@code expression} is set.
 *
 * @param collation the key's collation ({@code COLLATE "C"}) when it is not the one the column or expression
 *                  has anyway, by name; else null
 * @param opclass   the key's operator class ({@code text_pattern_ops}, {@code gin_trgm_ops}) when it is not
 *                  the default one for the key's type and the index's access method; schema-qualified when
 *                  it is not on the search path; else null
 */
public record IndexKey(String column, String expression, boolean descending, String collation, String opclass) {
    public IndexKey {
        if ((column == null) == (expression == null)) {
            throw new IllegalArgumentException("an index key is either a column or an expression, got column="
                    + column + " expression=" + expression);
        }
        if (collation != null && collation.isBlank() || opclass != null && opclass.isBlank()) {
            throw new IllegalArgumentException("blank collation or operator class of index key "
                    + (column != null ? column : expression));
        }
    }

    /** A key with the default collation and operator class. */
    public IndexKey(String column, String expression, boolean descending) {
        this(column, expression, descending, null, null);
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
        return column == null ? this : new IndexKey(newColumn, expression, descending, collation, opclass);
    }

    /** The same key, descending or not. */
    public IndexKey withDescending(boolean isDescending) {
        return new IndexKey(column, expression, isDescending, collation, opclass);
    }

    /** In migration code: the key with operator class {@code name}, e.g. {@code col("name").opclass("text_pattern_ops")}. */
    public IndexKey opclass(String name) {
        return withOpclass(name);
    }

    /** In migration code: the key with collation {@code name}, e.g. {@code col("name").collate("C")}. */
    public IndexKey collate(String name) {
        return withCollation(name);
    }

    /** The same key with another collation (null: the column's or expression's own). */
    public IndexKey withCollation(String newCollation) {
        return new IndexKey(column, expression, descending, newCollation, opclass);
    }

    /** The same key with another operator class (null: the default one). */
    public IndexKey withOpclass(String newOpclass) {
        return new IndexKey(column, expression, descending, collation, newOpclass);
    }
}
