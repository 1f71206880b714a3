package dev.retort.api;

/**
 * One key of an index, built with {@link Schema#col}, {@link Schema#desc}, {@link Schema#expr} or
 * {@link Schema#exprDesc}: a column or an expression, ascending or descending, with an operator class or a
 * collation when it needs one: {@code col("name").opclass("text_pattern_ops")}, {@code col("name").collate("C")}.
 * Exactly one of {@code column} and {@code expression} is set.
 *
 * @param collation the key's collation, by name; null for the column's or expression's own
 * @param opclass   the key's operator class; null for the default one
 */
public record IndexKey(String column, String expression, boolean descending, String collation, String opclass) {

    public IndexKey {
        if ((column == null) == (expression == null)) {
            throw new IllegalArgumentException("an index key is either a column or an expression, got column="
                    + column + " expression=" + expression);
        }
        String key = column != null ? column : expression;
        if (key.isBlank()) {
            throw new IllegalArgumentException("an index key's " + (column != null ? "column" : "expression")
                    + " is blank");
        }
        Require.notBlank(collation, "the collation of index key " + key);
        Require.notBlank(opclass, "the operator class of index key " + key);
    }

    /** A key with the default collation and operator class. */
    public IndexKey(String column, String expression, boolean descending) {
        this(column, expression, descending, null, null);
    }

    public boolean isExpression() {
        return expression != null;
    }

    /** The key with operator class {@code name}, e.g. {@code col("name").opclass("text_pattern_ops")}. */
    public IndexKey opclass(String name) {
        return new IndexKey(column, expression, descending, collation, name);
    }

    /** The key with collation {@code name}, e.g. {@code col("name").collate("C")}. */
    public IndexKey collate(String name) {
        return new IndexKey(column, expression, descending, name, opclass);
    }
}
