package dev.retort.ops.review;

import dev.retort.model.SqlType;

import java.util.List;
import java.util.Objects;

/**
 * Classifies a column type change on PostgreSQL: does it lose data (narrowing), fail on values that do not
 * convert, convert values in the session's time zone, rewrite the table, or none of these (a binary-coercible
 * widening that only touches the catalog).
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
        NARROWING,
        /**
         * Another kind of value (text to integer, varchar to uuid, to an enum, to an array): a value that does not
         * convert makes the statement fail; none is changed silently.
         */
        CONVERSION,
        /**
         * Between {@code timestamp} and {@code timestamptz} (or from {@code date} to {@code timestamptz}): every value
         * is converted as local time in the migrating session's {@code TimeZone}, so its meaning depends on that
         * setting.
         */
        TIME_ZONE
    }

    private static final List<String> INTEGERS = List.of("smallint", "integer", "bigint");
    private static final List<String> FLOATS = List.of("real", "double precision");
    private static final List<String> TEXTUAL = List.of("char", "varchar", "text");
    private static final List<String> PRECISION_TIME = List.of("time", "timetz", "timestamp", "timestamptz",
            "interval");
    private static final List<String> TIMESTAMPS = List.of("timestamp", "timestamptz");

    /** The effect of changing a column from {@code from} to {@code to}; an unknown {@code from} counts as a rewrite. */
    public static Effect of(SqlType from, SqlType to) {
        if (from == null) {
            return Effect.REWRITE;
        }
        if (from.equals(to)) {
            return Effect.NONE;
        }
        if (from.arrayDimensions() != to.arrayDimensions()) {
            return Effect.CONVERSION;
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
        if (TIMESTAMPS.contains(a) && TIMESTAMPS.contains(b)) {
            return atMost(to.precision(), from.precision()) ? Effect.TIME_ZONE : Effect.NARROWING;
        }
        if (a.equals("date") && TIMESTAMPS.contains(b)) {
            return b.equals("timestamptz") ? Effect.TIME_ZONE : Effect.REWRITE;
        }
        if (TIMESTAMPS.contains(a) && (b.equals("date") || b.equals("time") || b.equals("timetz"))) {
            return Effect.NARROWING; // the date or the time of day is dropped
        }
        if (unboundedText(to)) {
            return Effect.REWRITE; // every value has a text form
        }
        if ((TEXTUAL.contains(a) && b.equals("citext")) || (a.equals("citext") && TEXTUAL.contains(b))) {
            return TEXTUAL.contains(b) && !atMost(to.length(), null) ? Effect.NARROWING : Effect.REWRITE;
        }
        if (INTEGERS.contains(a) && (b.equals("numeric") || FLOATS.contains(b))) {
            return Effect.REWRITE;
        }
        if ((a.equals("numeric") || FLOATS.contains(a)) && (INTEGERS.contains(b) || FLOATS.contains(b))) {
            return Effect.NARROWING; // fractions are rounded, digits beyond the float's precision are lost
        }
        if (FLOATS.contains(a) && b.equals("numeric")) {
            return to.precision() == null ? Effect.REWRITE : Effect.NARROWING;
        }
        // Different kinds of value (text -> integer, varchar -> uuid, text -> an enum, ...): values may not convert.
        return Effect.CONVERSION;
    }

    private static boolean unboundedText(SqlType type) {
        return type.arrayDimensions() == 0 && (type.name().equals("text")
                || (type.name().equals("varchar") && type.length() == null));
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
