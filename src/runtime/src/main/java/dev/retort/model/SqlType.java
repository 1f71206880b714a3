package dev.retort.model;

import java.util.Objects;

/**
 * A column type in canonical form. The dialect's normalizer maps database and Hibernate spellings
 * (int4, character varying, timestamp(6) with time zone, ...) onto one canonical {@link #name()} so that
 * two types compare with {@link #equals(Object)}.
 *
 * @param name            canonical lower-case type name, e.g. {@code integer}, {@code varchar}, {@code numeric},
 *                        {@code timestamptz}, or the name of a user-defined type such as an enum
 * @param length          character length for {@code varchar}/{@code char}/{@code bit}, else null
 * @param precision       numeric precision, or fractional-seconds precision for time types, else null
 * @param scale           numeric scale, else null
 * @param arrayDimensions 0 for a scalar, 1 for {@code integer[]}, ...
 * @param modifiers       for a type Retort has no rules for (an extension's {@code geometry}, {@code vector}, a
 *                        domain...), the text between the parentheses verbatim, as PostgreSQL's
 *                        {@code format_type} prints it: {@code Point,4326} of {@code geometry(Point,4326)},
 *                        {@code 1536} of {@code vector(1536)}; else null. Such a type's {@link #name()} may be
 *                        schema-qualified ({@code extensions.citext}) or several key words
 *                        ({@code interval day to second}).
 */
public record SqlType(String name, Integer length, Integer precision, Integer scale, int arrayDimensions,
                      String modifiers) {

    public SqlType {
        Objects.requireNonNull(name, "type name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("type name is blank");
        }
        if (arrayDimensions < 0) {
            throw new IllegalArgumentException("negative array dimensions for type " + name);
        }
        if (modifiers != null && modifiers.isBlank()) {
            throw new IllegalArgumentException("blank type modifiers for type " + name);
        }
    }

    public SqlType(String name, Integer length, Integer precision, Integer scale, int arrayDimensions) {
        this(name, length, precision, scale, arrayDimensions, null);
    }

    /** A type with modifiers Retort keeps verbatim, e.g. {@code withModifiers("geometry", "Point,4326")}. */
    public static SqlType withModifiers(String name, String modifiers) {
        return new SqlType(name, null, null, null, 0, modifiers);
    }

    public static SqlType of(String name) {
        return new SqlType(name, null, null, null, 0);
    }

    public static SqlType withLength(String name, int length) {
        return new SqlType(name, length, null, null, 0);
    }

    public static SqlType withPrecision(String name, Integer precision, Integer scale) {
        return new SqlType(name, null, precision, scale, 0);
    }

    public SqlType asArray() {
        return new SqlType(name, length, precision, scale, arrayDimensions + 1, modifiers);
    }

    public SqlType elementType() {
        return new SqlType(name, length, precision, scale, 0, modifiers);
    }

    /** The same type with one array dimension less (the element type of a one-dimensional array). */
    public SqlType withArrayDimensions(int dimensions) {
        return new SqlType(name, length, precision, scale, dimensions, modifiers);
    }

    public boolean isArray() {
        return arrayDimensions > 0;
    }

    /**
     * Canonical, dialect-neutral spelling, e.g. {@code varchar(255)}, {@code numeric(10,2)}, {@code integer[]},
     * {@code geometry(Point,4326)}.
     */
    public String describe() {
        StringBuilder sb = new StringBuilder(name);
        if (modifiers != null) {
            sb.append('(').append(modifiers).append(')');
        } else if (length != null) {
            sb.append('(').append(length).append(')');
        } else if (precision != null) {
            sb.append('(').append(precision);
            if (scale != null) {
                sb.append(',').append(scale);
            }
            sb.append(')');
        }
        sb.append("[]".repeat(arrayDimensions));
        return sb.toString();
    }

    @Override
    public String toString() {
        return describe();
    }
}
