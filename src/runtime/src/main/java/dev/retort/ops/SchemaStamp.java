package dev.retort.ops;

import dev.retort.model.EnumType;
import dev.retort.model.Sequence;
import dev.retort.model.Table;

/**
 * Puts the schema of an {@link InSchema} operation on the tables, sequences and enum types it carries, so that the
 * definitions an operation creates or drops always say the schema they live in.
 */
final class SchemaStamp extends OpRewriter {
    private final String schema;

    SchemaStamp(String schema) {
        this.schema = schema;
    }

    private Table table(Table t) {
        return t == null ? null : t.withSchema(schema);
    }

    private Sequence sequence(Sequence s) {
        return s == null ? null : s.withSchema(schema);
    }

    private EnumType enumType(EnumType e) {
        return e == null ? null : e.withSchema(schema);
    }

    @Override
    public MigrationOp visit(CreateTable op) {
        return new CreateTable(table(op.definition()));
    }

    @Override
    public MigrationOp visit(DropTable op) {
        return new DropTable(op.table(), table(op.existing()));
    }

    @Override
    public MigrationOp visit(CreateSequence op) {
        return new CreateSequence(sequence(op.sequence()));
    }

    @Override
    public MigrationOp visit(DropSequence op) {
        return new DropSequence(op.name(), sequence(op.existing()));
    }

    @Override
    public MigrationOp visit(AlterSequence op) {
        return new AlterSequence(op.name(), sequence(op.from()), sequence(op.to()));
    }

    @Override
    public MigrationOp visit(CreateEnumType op) {
        return new CreateEnumType(enumType(op.enumType()));
    }

    @Override
    public MigrationOp visit(DropEnumType op) {
        return new DropEnumType(op.name(), enumType(op.existing()));
    }
}
