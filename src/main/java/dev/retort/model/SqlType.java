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
 */
public record SqlType(String name, Integer length, Integer precision, Integer scale, int arrayDimensions) {

    public SqlType {
        Objects.requireNonNull(name, "type name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("type name is blank");
        }
        if (arrayDimensions < 0) {
            throw new IllegalArgumentException("negative array dimensions for type " + name);
        }
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
        return new SqlType(name, length, precision, scale, arrayDimensions + 1);
    }

    public SqlType elementType() {
        return new SqlType(name, length, precision, scale, 0);
    }

    public boolean isArray() {
        return arrayDimensions > 0;
    }

    /** Canonical, dialect-neutral spelling, e.g. {@code varchar(255)}, {@code numeric(10,2)}, {@code integer[]}. */
    public String describe() {
        StringBuilder sb = new StringBuilder(name);
        if (length != null) {
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
