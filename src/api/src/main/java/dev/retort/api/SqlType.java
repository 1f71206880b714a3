package dev.retort.api;

/**
 * A column type, as migrations state it: build it with the constants and factories of {@link Schema}
 * ({@code BIGINT}, {@code varchar(255)}, {@code numeric(12, 2)}, {@code arrayOf(TEXT)}, {@code type("mood")},
 * {@code type("geometry", "Point,4326")}). Names are PostgreSQL's canonical ones.
 *
 * @param name            the type name, e.g. {@code integer}, {@code varchar}, {@code timestamptz}, the name of
 *                        an enum type, or a schema-qualified name such as {@code extensions.citext}
 * @param length          character length of {@code varchar}/{@code char}/{@code bit}, else null
 * @param precision       numeric precision, or fractional-seconds precision of a time type, else null
 * @param scale           numeric scale, else null
 * @param arrayDimensions 0 for a scalar, 1 for {@code integer[]}, ...
 * @param modifiers       the text between the parentheses of a type Retort has no rules for, verbatim
 *                        ({@code Point,4326} of {@code geometry(Point,4326)}), else null
 */
public record SqlType(String name, Integer length, Integer precision, Integer scale, int arrayDimensions,
                      String modifiers) {

    public SqlType {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("type name is missing");
        }
        if (arrayDimensions < 0) {
            throw new IllegalArgumentException("type " + name + " has negative array dimensions " + arrayDimensions);
        }
        if (length != null && length < 0) {
            throw new IllegalArgumentException("type " + name + " has negative length " + length);
        }
        if (precision != null && precision < 0) {
            throw new IllegalArgumentException("type " + name + " has negative precision " + precision);
        }
        Require.notBlank(modifiers, "the modifiers of type " + name);
    }

    /** A type without modifiers Retort keeps verbatim. */
    public SqlType(String name, Integer length, Integer precision, Integer scale, int arrayDimensions) {
        this(name, length, precision, scale, arrayDimensions, null);
    }

    /** A type by name alone: {@code of("uuid")}. */
    public static SqlType of(String name) {
        return new SqlType(name, null, null, null, 0);
    }

    public static SqlType withLength(String name, int length) {
        return new SqlType(name, length, null, null, 0);
    }

    public static SqlType withPrecision(String name, Integer precision, Integer scale) {
        return new SqlType(name, null, precision, scale, 0);
    }

    /** A type with modifiers kept verbatim, e.g. {@code withModifiers("geometry", "Point,4326")}. */
    public static SqlType withModifiers(String name, String modifiers) {
        return new SqlType(name, null, null, null, 0, modifiers);
    }

    /** An array of this type: {@code integer} becomes {@code integer[]}. */
    public SqlType asArray() {
        return new SqlType(name, length, precision, scale, arrayDimensions + 1, modifiers);
    }

    public boolean isArray() {
        return arrayDimensions > 0;
    }

    /** {@code varchar(255)}, {@code numeric(10,2)}, {@code integer[]}, {@code geometry(Point,4326)}. */
    @Override
    public String toString() {
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
        return sb.append("[]".repeat(arrayDimensions)).toString();
    }
}
