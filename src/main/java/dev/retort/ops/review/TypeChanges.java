package dev.retort.ops.review;

import dev.retort.model.SqlType;

import java.util.List;
import java.util.Objects;

/**
 * Classifies a column type change on PostgreSQL: does it lose data (narrowing), rewrite the table, or
 * neither (a binary-coercible widening that only touches the catalog).
 */
public final class TypeChanges {
    private TypeChanges() {
    }

    /** What a type change costs. */
    public enum Effect {
        /** Catalog-only change: no rewrite, no data loss. */
        NONE,
        /** The table is rewritten (and every value converted), but every value fits the new type. */
        REWRITE,
        /** Values may be truncated, rounded or rejected. */
        NARROWING
    }

    private static final List<String> INTEGERS = List.of("smallint", "integer", "bigint");
    private static final List<String> FLOATS = List.of("real", "double precision");
    private static final List<String> TEXTUAL = List.of("char", "varchar", "text");
    private static final List<String> PRECISION_TIME = List.of("time", "timetz", "timestamp", "timestamptz",
            "interval");

    /** The effect of changing a column from {@code from} to {@code to}; an unknown {@code from} counts as a rewrite. */
    public static Effect of(SqlType from, SqlType to) {
        if (from == null) {
            return Effect.REWRITE;
        }
        if (from.equals(to)) {
            return Effect.NONE;
        }
        if (from.arrayDimensions() != to.arrayDimensions()) {
            return Effect.NARROWING;
        }
        String a = from.name();
        String b = to.name();
        if (INTEGERS.contains(a) && INTEGERS.contains(b)) {
            return INTEGERS.indexOf(b) < INTEGERS.indexOf(a) ? Effect.NARROWING : Effect.REWRITE;
        }
        if (FLOATS.contains(a) && FLOATS.contains(b)) {
            return FLOATS.indexOf(b) < FLOATS.indexOf(a) ? Effect.NARROWING : Effect.REWRITE;
        }
        if (TEXTUAL.contains(a) && TEXTUAL.contains(b)) {
            return textual(from, to);
        }
        if (a.equals("numeric") && b.equals("numeric")) {
            return numeric(from, to);
        }
        if (a.equals(b) && PRECISION_TIME.contains(a)) {
            return atMost(to.precision(), from.precision()) ? Effect.NONE : Effect.NARROWING;
        }
        if ((a.equals("varbit") || a.equals("bit")) && a.equals(b)) {
            return atMost(to.length(), from.length()) ? (a.equals("varbit") ? Effect.NONE : Effect.REWRITE)
                    : Effect.NARROWING;
        }
        if (INTEGERS.contains(a) && (b.equals("numeric") || FLOATS.contains(b) || TEXTUAL.contains(b))) {
            return Effect.REWRITE;
        }
        // Different families (text -> integer, numeric -> integer, timestamptz -> date, ...): values may not convert.
        return Effect.NARROWING;
    }

    private static Effect textual(SqlType from, SqlType to) {
        Integer oldLen = from.name().equals("text") ? null : from.length();
        Integer newLen = to.name().equals("text") ? null : to.length();
        if (!atMost(newLen, oldLen)) {
            return Effect.NARROWING;
        }
        // char pads with blanks, so converting to or from it rewrites; varchar/text widen in place.
        boolean blankPadded = from.name().equals("char") || to.name().equals("char");
        return blankPadded ? Effect.REWRITE : Effect.NONE;
    }

    private static Effect numeric(SqlType from, SqlType to) {
        if (to.precision() == null) {
            return Effect.NONE;
        }
        if (from.precision() == null) {
            return Effect.NARROWING;
        }
        int oldScale = Objects.requireNonNullElse(from.scale(), 0);
        int newScale = Objects.requireNonNullElse(to.scale(), 0);
        int oldIntegerDigits = from.precision() - oldScale;
        int newIntegerDigits = to.precision() - newScale;
        if (newScale < oldScale || newIntegerDigits < oldIntegerDigits) {
            return Effect.NARROWING;
        }
        return newScale == oldScale ? Effect.NONE : Effect.REWRITE;
    }

    /**
     * Whether a limit {@code newLimit} admits every value {@code oldLimit} admitted; null means unlimited
     * (or the type's maximum).
     */
    private static boolean atMost(Integer newLimit, Integer oldLimit) {
        if (newLimit == null) {
            return true;
        }
        return oldLimit != null && oldLimit <= newLimit;
    }
}
