package dev.retort.model;

import java.util.List;

/**
 * A named enum type (PostgreSQL {@code CREATE TYPE ... AS ENUM}) with its values in declaration order.
 *
 * @param schema the schema it lives in; null for the project's own schema
 */
public record EnumType(String name, List<String> values, String schema) {

    /** An enum type of the project's own schema. */
    public EnumType(String name, List<String> values) {
        this(name, values, null);
    }

    public EnumType {
        Names.require(name, "enum type");
        schema = Names.schema(schema, "enum type " + name);
        values = Names.copy(values);
    }

    /** The same type in another schema (null: the project's own). */
    public EnumType withSchema(String newSchema) {
        return new EnumType(name, values, newSchema);
    }
}
