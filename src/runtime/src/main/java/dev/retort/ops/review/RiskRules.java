package dev.retort.ops.review;

import dev.retort.model.Column;
import dev.retort.ops.*;

import java.util.List;

/**
 * The risk rules, one per operation kind, for an operation on a table that already exists (PostgreSQL
 * semantics). {@link Risks} skips tables created in the same migration.
 */
final class RiskRules implements OpVisitor<List<RiskRules.Finding>> {

    static final RiskRules INSTANCE = new RiskRules();

    record Finding(RiskKind kind, String detail) {
    }

    private static List<Finding> none() {
        return List.of();
    }

    private static List<Finding> one(RiskKind kind, String detail) {
        return List.of(new Finding(kind, detail));
    }

    @Override
    public List<Finding> visit(DropTable op) {
        return one(RiskKind.DATA_LOSS, "drops table " + op.table() + " and all its rows");
    }

    @Override
    public List<Finding> visit(DropColumn op) {
        if (op.existing() != null && op.existing().generatedExpression() != null) {
            return none(); // its values are computed from other columns
        }
        return one(RiskKind.DATA_LOSS, "drops column " + op.table() + "." + op.column() + " and its data");
    }

    @Override
    public List<Finding> visit(AddColumn op) {
        Column c = op.column();
        boolean filled = c.defaultExpression() != null || c.identity() != null || c.generatedExpression() != null;
        if (!c.nullable() && !filled) {
            return one(RiskKind.FAILS_ON_EXISTING_DATA, "adds NOT NULL column " + op.table() + "." + c.name()
                    + " without a default: fails if " + op.table() + " has rows");
        }
        if (c.generatedExpression() != null) {
            return one(RiskKind.TABLE_REWRITE, "adds generated column " + op.table() + "." + c.name()
                    + ": rewrites " + op.table() + " under an exclusive lock");
        }
        return none();
    }

    @Override
    public List<Finding> visit(AlterColumnNullable op) {
        if (op.nullable()) {
            return none();
        }
        return one(RiskKind.FAILS_ON_EXISTING_DATA, "sets NOT NULL on " + op.table() + "." + op.column()
                + ": fails if a row holds NULL, and scans " + op.table() + " under an exclusive lock");
    }

    @Override
    public List<Finding> visit(AlterColumnType op) {
        String what = op.table() + "." + op.column() + (op.from() == null ? "" : " from " + op.from().describe())
                + " to " + op.to().describe();
        if (op.collationChanges() && op.to().equals(op.from())) {
            return one(RiskKind.BLOCKS_WRITES, "changes the collation of " + op.table() + "." + op.column()
                    + " from " + collation(op.fromCollation()) + " to " + collation(op.toCollation())
                    + ": rebuilds its indexes under an exclusive lock; sort order and comparisons change");
        }
        return switch (TypeChanges.of(op.from(), op.to())) {
            case NONE -> none();
            case REWRITE -> one(RiskKind.TABLE_REWRITE, "changes the type of " + what + ": rewrites "
                    + op.table() + " under an exclusive lock");
            case NARROWING -> List.of(
                    new Finding(RiskKind.DATA_LOSS, "narrows " + what
                            + ": values that do not fit are truncated or make the statement fail"),
                    new Finding(RiskKind.TABLE_REWRITE, "rewrites " + op.table() + " under an exclusive lock"));
            case CONVERSION -> List.of(
                    new Finding(RiskKind.FAILS_ON_EXISTING_DATA, "converts " + what + ": fails if a value does not "
                            + "convert (write a USING expression for the values that need one)"),
                    new Finding(RiskKind.TABLE_REWRITE, "rewrites " + op.table() + " under an exclusive lock"));
            case TIME_ZONE -> one(RiskKind.TABLE_REWRITE, "converts " + what + " in the migrating session's "
                    + "TimeZone, which decides what every existing value means (set it for this migration if the "
                    + "values are not local time there): rewrites " + op.table() + " under an exclusive lock");
        };
    }

    private static String collation(String name) {
        return name == null ? "the type's default" : "\"" + name + "\"";
    }

    @Override
    public List<Finding> visit(AddPrimaryKey op) {
        return one(RiskKind.FAILS_ON_EXISTING_DATA, "adds primary key on " + op.table() + " "
                + op.primaryKey().columns() + ": fails on duplicates or NULLs, builds its index blocking writes");
    }

    @Override
    public List<Finding> visit(AddUniqueConstraint op) {
        return one(RiskKind.FAILS_ON_EXISTING_DATA, "adds unique constraint " + op.constraint().name() + " on "
                + op.table() + " " + op.constraint().columns()
                + ": fails on duplicates, builds its index blocking writes");
    }

    @Override
    public List<Finding> visit(CreateIndex op) {
        if (op.index().unique()) {
            return one(RiskKind.FAILS_ON_EXISTING_DATA, "creates unique index " + op.index().name() + " on "
                    + op.table() + ": fails on duplicates" + (op.concurrently() ? ""
                    : ", and blocks writes to " + op.table() + " while it builds (not CONCURRENTLY)"));
        }
        if (!op.concurrently()) {
            return one(RiskKind.BLOCKS_WRITES, "creates index " + op.index().name() + " without CONCURRENTLY: "
                    + "blocks writes to " + op.table() + " while it builds");
        }
        return none();
    }

    @Override
    public List<Finding> visit(DropEnumValue op) {
        return one(RiskKind.DATA_LOSS, "drops value '" + op.value() + "' from enum type " + op.type()
                + ": rebuilds the type, fails if a row still holds the value");
    }

    // ---- no risk on an existing table

    @Override
    public List<Finding> visit(CreateTable op) {
        return none();
    }

    @Override
    public List<Finding> visit(RenameTable op) {
        return none();
    }

    @Override
    public List<Finding> visit(SetTableComment op) {
        return none();
    }

    @Override
    public List<Finding> visit(RenameColumn op) {
        return List.of(new Finding(RiskKind.ASSUMED_RENAME, "renames " + op.table() + "." + op.column() + " to "
                + op.table() + "." + op.newName() + ", keeping its data. If " + op.newName() + " is a new column,"
                + " replace this line with op.dropColumn and op.addColumn"));
    }

    @Override
    public List<Finding> visit(AlterColumnDefault op) {
        return none();
    }

    @Override
    public List<Finding> visit(AlterColumnIdentity op) {
        return none();
    }

    @Override
    public List<Finding> visit(SetColumnComment op) {
        return none();
    }

    @Override
    public List<Finding> visit(DropPrimaryKey op) {
        return none();
    }

    @Override
    public List<Finding> visit(DropUniqueConstraint op) {
        return none();
    }

    @Override
    public List<Finding> visit(AddForeignKey op) {
        return one(RiskKind.FAILS_ON_EXISTING_DATA, "adds foreign key " + op.foreignKey().name() + " on "
                + op.table() + ": fails if a row references a missing " + op.foreignKey().referencedDisplayName()
                + " row, and scans " + op.table() + " to check");
    }

    @Override
    public List<Finding> visit(DropForeignKey op) {
        return none();
    }

    @Override
    public List<Finding> visit(AddCheckConstraint op) {
        return one(RiskKind.FAILS_ON_EXISTING_DATA, "adds check constraint " + op.constraint().name() + " on "
                + op.table() + ": fails if a row violates it, and scans " + op.table() + " to check");
    }

    @Override
    public List<Finding> visit(DropCheckConstraint op) {
        return none();
    }

    @Override
    public List<Finding> visit(DropIndex op) {
        return none();
    }

    @Override
    public List<Finding> visit(CreateSequence op) {
        return none();
    }

    @Override
    public List<Finding> visit(DropSequence op) {
        return none();
    }

    @Override
    public List<Finding> visit(AlterSequence op) {
        return none();
    }

    @Override
    public List<Finding> visit(CreateEnumType op) {
        return none();
    }

    @Override
    public List<Finding> visit(DropEnumType op) {
        return none();
    }

    @Override
    public List<Finding> visit(AddEnumValue op) {
        return none();
    }

    @Override
    public List<Finding> visit(CreateCast op) {
        return none();
    }

    @Override
    public List<Finding> visit(DropCast op) {
        return none();
    }

    @Override
    public List<Finding> visit(ExecuteSql op) {
        return none();
    }

    @Override
    public List<Finding> visit(RunJdbc op) {
        return none();
    }

    // ---- renames of constraints and indexes: a catalog change under a brief exclusive lock, no rebuild,
    // no validation, no data touched

    @Override
    public List<Finding> visit(RenameConstraint op) {
        return none();
    }

    @Override
    public List<Finding> visit(RenameIndex op) {
        return none();
    }

    @Override
    public List<Finding> visit(CreateSchema op) {
        return none();
    }

    /** Only an empty schema drops (no CASCADE), so nothing can be lost. */
    @Override
    public List<Finding> visit(DropSchema op) {
        return none();
    }
}
