package dev.retort.dialect.postgres;

import dev.retort.model.Cast;
import dev.retort.model.EnumType;

import java.util.List;
import java.util.stream.Collectors;

import static dev.retort.dialect.postgres.PgIdentifiers.literal;

/**
 * Enum type and cast statements; type names come in SQL already ({@link PgSql#relation}). Dropping a value has its
 * own builder, {@link PgEnumValueDrop}.
 */
final class PgEnumSql {
    private PgEnumSql() {
    }

    static String create(String relation, EnumType type) {
        return "CREATE TYPE " + relation + " AS ENUM "
                + type.values().stream().map(PgIdentifiers::literal).collect(Collectors.joining(", ", "(", ")"));
    }

    /**
     * {@code DROP TYPE}, after dropping the casts between {@code varchar} and the type if there are any: PostgreSQL
     * refuses to drop a type that casts depend on, and Hibernate creates two for every named enum type. The diff
     * drops such casts with their own operations first (so that the downgrade creates them again); this covers a
     * hand-written {@code op.dropEnumType} on a database Hibernate built.
     */
    static List<String> drop(String relation) {
        return List.of(
                "DROP CAST IF EXISTS (varchar AS " + relation + ")",
                "DROP CAST IF EXISTS (" + relation + " AS varchar)",
                "DROP TYPE " + relation);
    }

    /**
     * {@code CREATE CAST (source AS target) WITH INOUT AS IMPLICIT} and the other methods and contexts; {@code source}
     * and {@code target} are the two types in SQL.
     */
    static String createCast(Cast cast, String source, String target) {
        String method = switch (cast.method()) {
            case INOUT -> " WITH INOUT";
            case BINARY -> " WITHOUT FUNCTION";
            case FUNCTION -> " WITH FUNCTION " + cast.function();
        };
        String context = switch (cast.context()) {
            case IMPLICIT -> " AS IMPLICIT";
            case ASSIGNMENT -> " AS ASSIGNMENT";
            case EXPLICIT -> "";
        };
        return "CREATE CAST (" + source + " AS " + target + ")" + method + context;
    }

    /** {@code DROP CAST (source AS target)}, the types in SQL. */
    static String dropCast(String source, String target) {
        return "DROP CAST (" + source + " AS " + target + ")";
    }

    /** {@code ALTER TYPE t ADD VALUE 'v' [BEFORE 'w' | AFTER 'w']}; BEFORE wins when both are known. */
    static String addValue(String relation, String value, String before, String after) {
        String position = before != null ? " BEFORE " + literal(before)
                : after != null ? " AFTER " + literal(after) : "";
        return "ALTER TYPE " + relation + " ADD VALUE " + literal(value) + position;
    }

    static List<String> dropValue(String schema, String type, String value) {
        return List.of(PgEnumValueDrop.statement(schema, type, value));
    }
}
