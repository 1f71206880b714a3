package dev.retort.api;

/**
 * A cast between two types (PostgreSQL {@code CREATE CAST}), built with {@link Schema#castWithInout},
 * {@link Schema#castWithoutFunction} or {@link Schema#castWithFunction}.
 *
 * @param source   the type cast from, e.g. {@code varchar}
 * @param target   the type cast to, e.g. {@code orderstatus}
 * @param context  where PostgreSQL applies it on its own
 * @param method   how it converts
 * @param function for {@link Method#FUNCTION}, the function, e.g. {@code to_status(character varying)}; else null
 */
public record Cast(String source, String target, Context context, Method method, String function) {

    /** {@code AS IMPLICIT}, {@code AS ASSIGNMENT}, or neither (explicit only). */
    public enum Context {
        EXPLICIT, ASSIGNMENT, IMPLICIT
    }

    /** {@code WITH INOUT}, {@code WITHOUT FUNCTION}, {@code WITH FUNCTION f(...)}. */
    public enum Method {
        INOUT, BINARY, FUNCTION
    }

    public Cast {
        Require.name(source, "cast source type");
        Require.name(target, "cast target type");
        if (context == null || method == null) {
            throw new IllegalArgumentException("cast (" + source + " as " + target + ") needs a context and a method, "
                    + "got context " + context + ", method " + method);
        }
        if ((method == Method.FUNCTION) != (function != null)) {
            throw new IllegalArgumentException("cast (" + source + " as " + target + "): a function is named exactly "
                    + "when the method is FUNCTION, method " + method + ", function " + function);
        }
        Require.notBlank(function, "the function of cast (" + source + " as " + target + ")");
    }
}
