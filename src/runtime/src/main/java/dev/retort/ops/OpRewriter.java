package dev.retort.ops;

/** A visitor that returns every operation unchanged; subclasses override the kinds they rewrite. */
public abstract class OpRewriter implements OpVisitor<MigrationOp> {

    @Override
    public MigrationOp visit(CreateTable op) {
        return op;
    }

    @Override
    public MigrationOp visit(DropTable op) {
        return op;
    }

    @Override
    public MigrationOp visit(RenameTable op) {
        return op;
    }

    @Override
    public MigrationOp visit(SetTableComment op) {
        return op;
    }

    @Override
    public MigrationOp visit(AddColumn op) {
        return op;
    }

    @Override
    public MigrationOp visit(DropColumn op) {
        return op;
    }

    @Override
    public MigrationOp visit(RenameColumn op) {
        return op;
    }

    @Override
    public MigrationOp visit(AlterColumnType op) {
        return op;
    }

    @Override
    public MigrationOp visit(AlterColumnNullable op) {
        return op;
    }

    @Override
    public MigrationOp visit(AlterColumnDefault op) {
        return op;
    }

    @Override
    public MigrationOp visit(AlterColumnIdentity op) {
        return op;
    }

    @Override
    public MigrationOp visit(SetColumnComment op) {
        return op;
    }

    @Override
    public MigrationOp visit(AddPrimaryKey op) {
        return op;
    }

    @Override
    public MigrationOp visit(DropPrimaryKey op) {
        return op;
    }

    @Override
    public MigrationOp visit(AddUniqueConstraint op) {
        return op;
    }

    @Override
    public MigrationOp visit(DropUniqueConstraint op) {
        return op;
    }

    @Override
    public MigrationOp visit(AddForeignKey op) {
        return op;
    }

    @Override
    public MigrationOp visit(DropForeignKey op) {
        return op;
    }

    @Override
    public MigrationOp visit(AddCheckConstraint op) {
        return op;
    }

    @Override
    public MigrationOp visit(DropCheckConstraint op) {
        return op;
    }

    @Override
    public MigrationOp visit(CreateIndex op) {
        return op;
    }

    @Override
    public MigrationOp visit(DropIndex op) {
        return op;
    }

    @Override
    public MigrationOp visit(CreateSequence op) {
        return op;
    }

    @Override
    public MigrationOp visit(DropSequence op) {
        return op;
    }

    @Override
    public MigrationOp visit(AlterSequence op) {
        return op;
    }

    @Override
    public MigrationOp visit(CreateEnumType op) {
        return op;
    }

    @Override
    public MigrationOp visit(DropEnumType op) {
        return op;
    }

    @Override
    public MigrationOp visit(AddEnumValue op) {
        return op;
    }

    @Override
    public MigrationOp visit(DropEnumValue op) {
        return op;
    }

    @Override
    public MigrationOp visit(CreateCast op) {
        return op;
    }

    @Override
    public MigrationOp visit(DropCast op) {
        return op;
    }

    @Override
    public MigrationOp visit(ExecuteSql op) {
        return op;
    }

    @Override
    public MigrationOp visit(RunJdbc op) {
        return op;
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

    /** The rewritten operation, still in its schema. */
    @Override
    public MigrationOp visit(InSchema op) {
        return InSchema.of(op.schema(), op.op().accept(this));
    }
}
