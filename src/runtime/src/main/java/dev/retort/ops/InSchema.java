package dev.retort.ops;

import java.util.Objects;

/**
 * An operation on objects of a schema other than the project's own ({@code op.inSchema("reporting")} in a
 * migration): its tables, sequences and enum types are those of {@code schema}. Operations on the project's
 * schema are never wrapped, so they read and run as they always have. The tables, sequences and enum types the
 * operation carries are given {@code schema} too.
 */
public record InSchema(String schema, MigrationOp op) implements MigrationOp {

    public InSchema {
        if (schema == null || schema.isBlank()) {
            throw new IllegalArgumentException("the schema of an operation is missing");
        }
        Objects.requireNonNull(op, "op");
        if (op instanceof InSchema || op instanceof CreateSchema || op instanceof DropSchema
                || op instanceof ExecuteSql || op instanceof RunJdbc) {
            throw new IllegalArgumentException("cannot run " + op.describe() + " in schema " + schema);
        }
        op = op.accept(new SchemaStamp(schema));
    }

    /** {@code op} in {@code schema}; {@code op} itself when {@code schema} is null (the project's own). */
    public static MigrationOp of(String schema, MigrationOp op) {
        return schema == null ? op : new InSchema(schema, op);
    }

    /** The schema of {@code op}: null for the project's own. */
    public static String schemaOf(MigrationOp op) {
        return op instanceof InSchema in ? in.schema() : null;
    }

    /** The operation itself, out of its schema wrapper if it has one. */
    public static MigrationOp unwrap(MigrationOp op) {
        return op instanceof InSchema in ? in.op() : op;
    }

    @Override
    public MigrationOp reverse() {
        return new InSchema(schema, op.reverse());
    }

    @Override
    public String describe() {
        return op.describe() + " (schema " + schema + ")";
    }

    @Override
    public String table() {
        return op.table();
    }

    @Override
    public <R> R accept(OpVisitor<R> visitor) {
        return visitor.visit(this);
    }
}
