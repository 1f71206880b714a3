package dev.retort.model;

import java.util.List;

/** A named enum type (PostgreSQL {@code CREATE TYPE ... AS ENUM}) with its values in declaration order. */
public record EnumType(String name, List<String> values) {
    public EnumType {
        Names.require(name, "enum type");
        values = Names.copy(values);
    }
}
