package dev.retort.ops;

/**
 * One schema operation: an immutable value that knows its inverse. The downgrade of a list of
 * operations is their reverses in reverse order ({@link Ops#reverse(java.util.List)}), never a second diff.
 */
public sealed interface MigrationOp permits
        CreateTable,
        DropTable,
        RenameTable,
        SetTableComment,
        AddColumn,
        DropColumn,
        RenameColumn,
        AlterColumnType,
        AlterColumnNullable,
        AlterColumnDefault,
        AlterColumnIdentity,
        SetColumnComment,
        AddPrimaryKey,
        DropPrimaryKey,
        AddUniqueConstraint,
        DropUniqueConstraint,
        AddForeignKey,
        DropForeignKey,
        AddCheckConstraint,
        DropCheckConstraint,
        CreateIndex,
        DropIndex,
        CreateSequence,
        DropSequence,
        AlterSequence,
        CreateEnumType,
        DropEnumType,
        AddEnumValue,
        DropEnumValue,
        CreateCast,
        DropCast,
        ExecuteSql,
        RunJdbc,
        RenameConstraint,
        RenameIndex,
        CreateSchema,
        DropSchema,
        InSchema {

    /**
     * The operation that undoes this one.
     *
     * @throws IrreversibleOperationException when this operation lacks what its inverse needs
     */
    MigrationOp reverse();

    /** A short human-readable description, e.g. {@code add column users.phone varchar(20)}. */
    String describe();

    /** The table this operation belongs to, or null for schema-level objects (sequences, enums, raw SQL). */
    String table();

    <R> R accept(OpVisitor<R> visitor);
}
