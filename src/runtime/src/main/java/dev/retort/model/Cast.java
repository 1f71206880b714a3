package dev.retort.model;

import java.util.Objects;

/**
 * A cast between two types (PostgreSQL {@code CREATE CAST}). The model holds the casts between {@code varchar}
 * and the schema's own enum types, both ways: Hibernate creates {@code create cast (varchar as T) with inout as
 * implicit} and its converse for every {@code SqlTypes.NAMED_ENUM} type, so that a {@code varchar} parameter
 * binds to an enum column. Other casts are not modelled, and so never created or dropped.
 *
 * @param source   the type cast from, e.g. {@code varchar}
 * @param target   the type cast to, e.g. {@code orderstatus}
 * @param context  where PostgreSQL applies it on its own
 * @param method   how it converts
 * @param function for {@link Method#FUNCTION}, the function as {@code regprocedure} prints it (e.g.
 *                 {@code to_status(character varying)}); null otherwise
 */
public record Cast(String source, String target, Context context, Method method, String function) {

    /** The type name the model uses for {@code varchar} (PostgreSQL's {@code character varying}). */
    public static final String VARCHAR = "varchar";

    /** {@code pg_cast.castcontext}: {@code AS IMPLICIT}, {@code AS ASSIGNMENT}, or neither (explicit only). */
    public enum Context {
        EXPLICIT, ASSIGNMENT, IMPLICIT
    }

    /** {@code pg_cast.castmethod}: {@code WITH INOUT}, {@code WITHOUT FUNCTION}, {@code WITH FUNCTION f(...)}. */
    public enum Method {
        INOUT, BINARY, FUNCTION
    }

    public Cast {
        Names.require(source, "cast source type");
        Names.require(target, "cast target type");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(method, "method");
        if ((method == Method.FUNCTION) != (function != null)) {
            throw new IllegalArgumentException("cast (" + source + " as " + target + "): a function is named exactly "
                    + "when the method is FUNCTION, method " + method + ", function " + function);
        }
    }

    /** {@code WITH INOUT AS IMPLICIT}: what Hibernate creates between {@code varchar} and a named enum type. */
    public static Cast implicitInout(String source, String target) {
        return new Cast(source, target, Context.IMPLICIT, Method.INOUT, null);
    }

    /** The two casts Hibernate creates for named enum type {@code enumType}: from varchar, then to varchar. */
    public static java.util.List<Cast> namedEnumCasts(String enumType) {
        return java.util.List.of(implicitInout(VARCHAR, enumType), implicitInout(enumType, VARCHAR));
    }

    /** The enum type of a cast between {@code varchar} and another type: the other type. */
    public String enumType() {
        return source.equals(VARCHAR) ? target : source;
    }

    /** Whether this is a cast between {@code varchar} and {@code type}, either way. */
    public boolean between(String type) {
        return source.equals(VARCHAR) && target.equals(type) || target.equals(VARCHAR) && source.equals(type);
    }

    /** Whether it converts the same pair of types, in the same direction (PostgreSQL allows one such cast). */
    public boolean samePair(Cast other) {
        return source.equals(other.source) && target.equals(other.target);
    }

    /** {@code (varchar as orderstatus)}, for messages. */
    public String pair() {
        return "(" + source + " as " + target + ")";
    }
}
