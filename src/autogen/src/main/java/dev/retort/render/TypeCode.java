package dev.retort.render;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.retort.api.Schema;
import dev.retort.model.SqlType;

import java.util.Map;

/**
 * Writes a {@link SqlType} as the {@link Schema} expression that builds it: {@code BIGINT},
 * {@code varchar(255)}, {@code numeric(12, 2)}, {@code numeric(8)}, {@code timestamptz(6)}, {@code arrayOf(TEXT)},
 * {@code type("mood")}, {@code type("geometry", "Point,4326")} (modifiers kept verbatim), and
 * {@code new SqlType(...)} for shapes no factory builds.
 */
final class TypeCode {
    private static final Map<String, String> CONSTANTS = Map.ofEntries(
            Map.entry("smallint", "SMALLINT"), Map.entry("integer", "INTEGER"), Map.entry("bigint", "BIGINT"),
            Map.entry("real", "REAL"), Map.entry("double precision", "DOUBLE"), Map.entry("boolean", "BOOLEAN"),
            Map.entry("text", "TEXT"), Map.entry("bytea", "BYTEA"), Map.entry("uuid", "UUID"),
            Map.entry("json", "JSON"), Map.entry("jsonb", "JSONB"), Map.entry("date", "DATE"),
            Map.entry("oid", "OID"));

    /** Types whose factory takes one precision: {@code time(p)}, {@code timestamptz(p)}, ... */
    private static final Map<String, String> PRECISION_FACTORIES = Map.of(
            "time", "time", "timetz", "timetz", "timestamp", "timestamp", "timestamptz", "timestamptz",
            "interval", "interval");

    private final Imports imports;

    TypeCode(Imports imports) {
        this.imports = imports;
    }

    CodeBlock of(SqlType type) {
        imports.useStatics(Schema.class);
        if (type.isArray()) {
            return CodeBlock.of("arrayOf($L)", of(type.withArrayDimensions(type.arrayDimensions() - 1)));
        }
        String name = type.name();
        if (type.modifiers() != null && type.length() == null && type.precision() == null && type.scale() == null) {
            return CodeBlock.of("type($S, $S)", name, type.modifiers());
        }
        boolean bare = type.length() == null && type.precision() == null && type.scale() == null;
        if (bare) {
            String constant = CONSTANTS.get(name);
            return constant != null ? CodeBlock.of("$L", constant) : CodeBlock.of("type($S)", name);
        }
        if (type.length() != null && type.precision() == null && type.scale() == null) {
            if (name.equals("varchar")) {
                return CodeBlock.of("varchar($L)", type.length());
            }
            if (name.equals("char")) {
                return CodeBlock.of("character($L)", type.length());
            }
        }
        if (type.length() == null && type.precision() != null) {
            if (name.equals("numeric")) {
                return type.scale() != null ? CodeBlock.of("numeric($L, $L)", type.precision(), type.scale())
                        : CodeBlock.of("numeric($L)", type.precision());
            }
            if (PRECISION_FACTORIES.containsKey(name) && type.scale() == null) {
                return CodeBlock.of("$L($L)", PRECISION_FACTORIES.get(name), type.precision());
            }
        }
        ClassName api = imports.use(dev.retort.api.SqlType.class);
        return type.modifiers() == null
                ? CodeBlock.of("new $T($S, $L, $L, $L, 0)", api, name, type.length(), type.precision(), type.scale())
                : CodeBlock.of("new $T($S, $L, $L, $L, 0, $S)", api, name, type.length(), type.precision(),
                type.scale(), type.modifiers());
    }
}
