package dev.retort.dialect.postgres;

import dev.retort.model.EnumType;

import java.util.List;
import java.util.stream.Collectors;

import static dev.retort.dialect.postgres.PgIdentifiers.literal;
import static dev.retort.dialect.postgres.PgSql.id;

/**
 * Enum type statements; type names come in SQL already ({@link PgSql#relation}). Dropping a value has its own
 * builder, {@link PgEnumValueDrop}.
 */
final class PgEnumSql {
    private PgEnumSql() {
    }

    static String create(String relation, EnumType type) {
        return "CREATE TYPE " + relation + " AS ENUM "
                + type.values().stream().map(PgIdentifiers::literal).collect(Collectors.joining(", ", "(", ")"));
    }

    static String drop(String relation) {
        return "DROP TYPE " + relation;
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
