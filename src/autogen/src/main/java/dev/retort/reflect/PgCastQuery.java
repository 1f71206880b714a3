package dev.retort.reflect;

import dev.retort.model.Cast;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/** The casts between {@code varchar} and the schema's enum types, either way ({@code casts.sql}). */
final class PgCastQuery {
    private PgCastQuery() {
    }

    static List<Cast> read(Connection connection, String schema) {
        List<Cast> out = new ArrayList<>();
        CatalogSql.query(connection, "casts", schema, rs -> out.add(new Cast(rs.getString("source"),
                rs.getString("target"), context(CatalogSql.code(rs, "context")), method(CatalogSql.code(rs, "method")),
                rs.getString("function"))));
        return out;
    }

    /** {@code pg_cast.castcontext}: {@code i}mplicit, {@code a}ssignment, {@code e}xplicit. */
    private static Cast.Context context(char code) {
        return switch (code) {
            case 'i' -> Cast.Context.IMPLICIT;
            case 'a' -> Cast.Context.ASSIGNMENT;
            default -> Cast.Context.EXPLICIT;
        };
    }

    /** {@code pg_cast.castmethod}: {@code i}nout, {@code b}inary, {@code f}unction. */
    private static Cast.Method method(char code) {
        return switch (code) {
            case 'i' -> Cast.Method.INOUT;
            case 'b' -> Cast.Method.BINARY;
            default -> Cast.Method.FUNCTION;
        };
    }
}
