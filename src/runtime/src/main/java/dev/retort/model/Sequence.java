package dev.retort.model;

/**
 * A sequence. {@code start} and {@code increment} are never null in a normalized model.
 *
 * @param schema the schema it lives in; null for the project's own schema
 */
public record Sequence(String name, long start, long increment, String schema) {

    /** A sequence of the project's own schema. */
    public Sequence(String name, long start, long increment) {
        this(name, start, increment, null);
    }

    public Sequence {
        Names.require(name, "sequence");
        schema = Names.schema(schema, "sequence " + name);
        if (increment == 0) {
            throw new IllegalArgumentException("sequence " + name + " has increment 0");
        }
    }

    /** The same sequence in another schema (null: the project's own). */
    public Sequence withSchema(String newSchema) {
        return new Sequence(name, start, increment, newSchema);
    }

    /** {@code schema.name}, or the bare name in the project's schema: for messages, never for SQL. */
    public String displayName() {
        return Names.display(schema, name);
    }
}
