package dev.retort.ops.review;

import dev.retort.model.Column;
import dev.retort.model.PrimaryKey;
import dev.retort.model.Table;
import dev.retort.model.UniqueConstraint;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * When a dropped and an added object could be one object renamed: they match in everything but the name. Such
 * a pair is never renamed on this evidence alone (the added column may well be new, and renaming would move the
 * old data into it); it is a question for the user, or a review comment.
 */
public final class Resemblance {
    private Resemblance() {
    }

    /** Type, nullability, default, identity, generated expression, comment and owned sequence all equal. */
    public static boolean sameButName(Column dropped, Column added) {
        return dropped.withName(added.name()).equals(added);
    }

    /**
     * The same columns (in any order), the same primary key columns and unique column lists, and the same
     * comment; names of constraints and indexes, which PostgreSQL derives from the table name, do not count.
     */
    public static boolean sameButName(Table dropped, Table added) {
        return columns(dropped).equals(columns(added))
                && Objects.equals(pkColumns(dropped.primaryKey()), pkColumns(added.primaryKey()))
                && uniques(dropped).equals(uniques(added))
                && Objects.equals(dropped.comment(), added.comment());
    }

    private static List<Column> columns(Table t) {
        return t.columns().stream().sorted(Comparator.comparing(Column::name)).toList();
    }

    private static List<String> pkColumns(PrimaryKey pk) {
        return pk == null ? null : pk.columns();
    }

    private static List<String> uniques(Table t) {
        return t.uniques().stream().map(UniqueConstraint::columns).map(List::toString).sorted().toList();
    }
}
