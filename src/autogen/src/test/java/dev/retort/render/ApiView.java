package dev.retort.render;

import dev.retort.ops.*;

import java.util.List;

/**
 * An operation as far as an {@link dev.retort.api.Operations} call can state it: drops lose the definition
 * of what they drop, raw SQL its reverse, JDBC work its code. Rendering and then recording an operation
 * must give back its API view.
 */
final class ApiView implements OpVisitor<MigrationOp> {
    private static final ApiView INSTANCE = new ApiView();

    static List<MigrationOp> of(List<MigrationOp> ops) {
        return ops.stream().map(op -> op.accept(INSTANCE)).toList();
    }

    @Override
    public MigrationOp visit(CreateTable op) {
        return op;
    }

    @Override
    public MigrationOp visit(DropTable op) {
        return new DropTable(op.table(), null);
    }

    @Override
    public MigrationOp visit(RenameTable op) {
        return op;
    }

    @Override
    public MigrationOp visit(SetTableComment op) {
        return op.fromKnown() ? op : new SetTableComment(op.table(), null, op.to(), false);
    }

    @Override
    public MigrationOp visit(AddColumn op) {
        return op;
    }

    @Override
    public MigrationOp visit(DropColumn op) {
        return new DropColumn(op.table(), op.column(), null);
    }

    @Override
    public MigrationOp visit(RenameColumn op) {
        return op;
    }

    @Override
    public MigrationOp visit(AlterColumnType op) {
        return op.from() == null ? new AlterColumnType(op.table(), op.column(), null, op.to(), null) : op;
    }

    @Override
    public MigrationOp visit(AlterColumnNullable op) {
        return op;
    }

    @Override
    public MigrationOp visit(AlterColumnDefault op) {
        return op.fromKnown() ? op : new AlterColumnDefault(op.table(), op.column(), null, op.to(), false);
    }

    @Override
    public MigrationOp visit(AlterColumnIdentity op) {
        return op;
    }

    @Override
    public MigrationOp visit(SetColumnComment op) {
        return op.fromKnown() ? op : new SetColumnComment(op.table(), op.column(), null, op.to(), false);
    }

    @Override
    public MigrationOp visit(AddPrimaryKey op) {
        return op;
    }

    @Override
    public MigrationOp visit(DropPrimaryKey op) {
        return new DropPrimaryKey(op.table(), op.name(), null);
    }

    @Override
    public MigrationOp visit(AddUniqueConstraint op) {
        return op;
    }

    @Override
    public MigrationOp visit(DropUniqueConstraint op) {
        return new DropUniqueConstraint(op.table(), op.name(), null);
    }

    @Override
    public MigrationOp visit(AddForeignKey op) {
        return op;
    }

    @Override
    public MigrationOp visit(DropForeignKey op) {
        return new DropForeignKey(op.table(), op.name(), null);
    }

    @Override
    public MigrationOp visit(AddCheckConstraint op) {
        return op;
    }

    @Override
    public MigrationOp visit(DropCheckConstraint op) {
        return new DropCheckConstraint(op.table(), op.name(), null);
    }

    @Override
    public MigrationOp visit(CreateIndex op) {
        return op;
    }

    @Override
    public MigrationOp visit(DropIndex op) {
        return new DropIndex(op.table(), op.name(), null, op.concurrently());
    }

    @Override
    public MigrationOp visit(CreateSequence op) {
        return op;
    }

    @Override
    public MigrationOp visit(DropSequence op) {
        return new DropSequence(op.name(), null);
    }

    @Override
    public MigrationOp visit(AlterSequence op) {
        return new AlterSequence(op.to().name(), op.from(), op.to());
    }

    @Override
    public MigrationOp visit(CreateEnumType op) {
        return op;
    }

    @Override
    public MigrationOp visit(DropEnumType op) {
        return new DropEnumType(op.name(), null);
    }

    @Override
    public MigrationOp visit(AddEnumValue op) {
        return op.before() != null ? new AddEnumValue(op.type(), op.value(), op.before(), null) : op;
    }

    @Override
    public MigrationOp visit(DropEnumValue op) {
        return new DropEnumValue(op.type(), op.value(), null, null);
    }

    @Override
    public MigrationOp visit(CreateCast op) {
        return op;
    }

    @Override
    public MigrationOp visit(DropCast op) {
        return new DropCast(op.source(), op.target(), null);
    }

    @Override
    public MigrationOp visit(ExecuteSql op) {
        return new ExecuteSql(op.sql(), null);
    }

    @Override
    public MigrationOp visit(RunJdbc op) {
        return new RunJdbc(op.description(), null);
    }

    @Override
    public MigrationOp visit(RenameConstraint op) {
        return op;
    }

    @Override
    public MigrationOp visit(RenameIndex op) {
        return op;
    }

    @Override
    public MigrationOp visit(CreateSchema op) {
        return op;
    }

    @Override
    public MigrationOp visit(DropSchema op) {
        return op;
    }

    @Override
    public MigrationOp visit(InSchema op) {
        return InSchema.of(op.schema(), op.op().accept(this));
    }
}
