package dev.retort.ops;

/** A function over the operation family, one method per kind. */
public interface OpVisitor<R> {
    R visit(CreateTable op);

    R visit(DropTable op);

    R visit(RenameTable op);

    R visit(SetTableComment op);

    R visit(AddColumn op);

    R visit(DropColumn op);

    R visit(RenameColumn op);

    R visit(AlterColumnType op);

    R visit(AlterColumnNullable op);

    R visit(AlterColumnDefault op);

    R visit(AlterColumnIdentity op);

    R visit(SetColumnComment op);

    R visit(AddPrimaryKey op);

    R visit(DropPrimaryKey op);

    R visit(AddUniqueConstraint op);

    R visit(DropUniqueConstraint op);

    R visit(AddForeignKey op);

    R visit(DropForeignKey op);

    R visit(AddCheckConstraint op);

    R visit(DropCheckConstraint op);

    R visit(CreateIndex op);

    R visit(DropIndex op);

    R visit(CreateSequence op);

    R visit(DropSequence op);

    R visit(AlterSequence op);

    R visit(CreateEnumType op);

    R visit(DropEnumType op);

    R visit(AddEnumValue op);

    R visit(DropEnumValue op);

    R visit(CreateCast op);

    R visit(DropCast op);

    R visit(ExecuteSql op);

    R visit(RunJdbc op);

    // ---- renames of constraints and indexes

    R visit(RenameConstraint op);

    R visit(RenameIndex op);

    // ---- schemas

    R visit(CreateSchema op);

    R visit(DropSchema op);

    /** An operation in another schema: by default, what the operation itself gives. */
    default R visit(InSchema op) {
        return op.op().accept(this);
    }
}
