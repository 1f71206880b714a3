package dev.retort.dialect.postgres;

import dev.retort.model.Column;
import dev.retort.model.ForeignKey;
import dev.retort.model.Index;
import dev.retort.model.SqlType;
import dev.retort.model.Table;
import dev.retort.model.UniqueConstraint;
import dev.retort.ops.*;

import java.util.ArrayList;
import java.util.List;

import static dev.retort.dialect.postgres.PgSql.alterColumn;
import static dev.retort.dialect.postgres.PgSql.alterTable;
import static dev.retort.dialect.postgres.PgSql.id;

/**
 * The PostgreSQL statements of each operation, in the order they must run. Names of the project's own schema
 * stay bare (it is first on the migration's search path); an operation {@link InSchema in another schema}
 * names its tables, sequences, indexes and types {@code "schema".name}, each part quoted on its own.
 */
final class PgDdl implements OpVisitor<List<String>> {
    /** The schema of the operations' objects; null for the project's own. */
    private final String schema;

    PgDdl() {
        this(null);
    }

    private PgDdl(String schema) {
        this.schema = schema;
    }

    /** A table, sequence, index or type of this schema, in SQL. */
    private String rel(String name) {
        return PgSql.relation(schema, name);
    }

    @Override
    public List<String> visit(InSchema op) {
        return op.op().accept(new PgDdl(op.schema()));
    }

    @Override
    public List<String> visit(CreateSchema op) {
        return List.of("CREATE SCHEMA " + id(op.name()));
    }

    /** No CASCADE: a schema that still holds objects fails to drop rather than losing them. */
    @Override
    public List<String> visit(DropSchema op) {
        return List.of("DROP SCHEMA " + id(op.name()));
    }

    /** How many index-building constraints (primary key, unique) one {@code ALTER TABLE} of a new table adds. */
    private static final int KEYS_PER_STATEMENT = 3;

    /**
     * {@code CREATE TABLE} with the columns and checks, then the primary key and unique constraints added by
     * {@code ALTER TABLE}, a few at a time. PostgreSQL (15 and 16 at least) tracks the locks of a statement in a
     * small array of 15 and, past it, walks every lock the transaction holds when the statement ends: a
     * {@code CREATE TABLE} with an identity column, a TOASTed column, a primary key and a unique constraint takes
     * 16, so a migration of thousands of such tables in one transaction grew quadratically (each 1000 tables of
     * 5000 took 1.9, 2.4, 3.1 and 3.8 s). Split, the statements take 11 and 7 locks and each 1000 tables 1.35 s.
     */
    @Override
    public List<String> visit(CreateTable op) {
        Table t = op.definition();
        List<String> elements = new ArrayList<>();
        t.columns().forEach(c -> elements.add(PgColumnSql.definition(c)));
        t.checks().forEach(c -> elements.add(PgConstraintSql.check(c)));
        List<String> keys = new ArrayList<>();
        if (t.primaryKey() != null) {
            keys.add(PgConstraintSql.primaryKey(t.primaryKey()));
        }
        t.uniques().forEach(u -> keys.add(PgConstraintSql.unique(u)));
        List<String> out = new ArrayList<>();
        t.columns().stream().filter(c -> c.ownedSequence() != null)
                .forEach(c -> out.add(PgSequenceSql.createOwned(rel(c.ownedSequence().name()), c.ownedSequence(),
                        c.type())));
        out.add("CREATE TABLE " + rel(t.name()) + " (\n    " + String.join(",\n    ", elements) + "\n)");
        for (int from = 0; from < keys.size(); from += KEYS_PER_STATEMENT) {
            out.add(alterTable(rel(t.name())) + "\n    ADD " + String.join(",\n    ADD ",
                    keys.subList(from, Math.min(keys.size(), from + KEYS_PER_STATEMENT))));
        }
        t.columns().stream().filter(c -> c.ownedSequence() != null)
                .forEach(c -> out.add(PgSequenceSql.ownedBy(rel(c.ownedSequence().name()), rel(t.name()), c.name())));
        if (t.comment() != null) {
            out.add(PgColumnSql.commentOnTable(rel(t.name()), t.comment()));
        }
        for (Column c : t.columns()) {
            if (c.comment() != null) {
                out.add(PgColumnSql.commentOnColumn(rel(t.name()), c.name(), c.comment()));
            }
        }
        for (Index index : t.indexes()) {
            out.add(PgIndexSql.create(rel(t.name()), index, false));
        }
        for (ForeignKey fk : t.foreignKeys()) {
            out.add(PgConstraintSql.add(rel(t.name()), PgConstraintSql.foreignKey(fk)));
        }
        return out;
    }

    @Override
    public List<String> visit(DropTable op) {
        return List.of("DROP TABLE " + rel(op.table()));
    }

    @Override
    public List<String> visit(RenameTable op) {
        return List.of(alterTable(rel(op.table())) + " RENAME TO " + id(op.newName()));
    }

    @Override
    public List<String> visit(SetTableComment op) {
        return List.of(PgColumnSql.commentOnTable(rel(op.table()), op.to()));
    }

    @Override
    public List<String> visit(AddColumn op) {
        Column c = op.column();
        List<String> out = new ArrayList<>();
        if (c.ownedSequence() != null) {
            out.add(PgSequenceSql.createOwned(rel(c.ownedSequence().name()), c.ownedSequence(), c.type()));
        }
        out.add(alterTable(rel(op.table())) + " ADD COLUMN " + PgColumnSql.definition(c));
        if (c.ownedSequence() != null) {
            out.add(PgSequenceSql.ownedBy(rel(c.ownedSequence().name()), rel(op.table()), c.name()));
        }
        if (c.comment() != null) {
            out.add(PgColumnSql.commentOnColumn(rel(op.table()), c.name(), c.comment()));
        }
        return out;
    }

    @Override
    public List<String> visit(DropColumn op) {
        return List.of(alterTable(rel(op.table())) + " DROP COLUMN " + id(op.column()));
    }

    @Override
    public List<String> visit(RenameColumn op) {
        return List.of(alterTable(rel(op.table())) + " RENAME COLUMN " + id(op.column()) + " TO " + id(op.newName()));
    }

    @Override
    public List<String> visit(AlterColumnType op) {
        String sql = alterColumn(rel(op.table()), op.column()) + " TYPE " + PgTypes.render(op.to())
                + (op.toCollation() == null ? "" : " COLLATE " + PgSql.collation(op.toCollation()));
        String using = op.using() != null ? op.using() : defaultUsing(op.column(), op.from(), op.to());
        return List.of(using == null ? sql : sql + " USING " + using);
    }

    /**
     * The conversion PostgreSQL needs spelled out, or null when it converts by itself. With the old type
     * unknown, none: PostgreSQL then refuses a change it cannot make with a hint to add USING, where a
     * guessed explicit cast could silently truncate (explicit casts to varchar(n) cut long values).
     */
    private static String defaultUsing(String column, SqlType from, SqlType to) {
        if (from == null) {
            return null;
        }
        return switch (PgCasts.conversion(from, to)) {
            case AUTOMATIC -> null;
            case EXPLICIT_CAST -> id(column) + "::" + PgTypes.render(to);
            case VIA_TEXT -> id(column) + "::text::" + PgTypes.render(to);
        };
    }

    @Override
    public List<String> visit(AlterColumnNullable op) {
        return List.of(alterColumn(rel(op.table()), op.column()) + (op.nullable() ? " DROP NOT NULL" : " SET NOT NULL"));
    }

    @Override
    public List<String> visit(AlterColumnDefault op) {
        String prefix = alterColumn(rel(op.table()), op.column());
        return List.of(op.to() == null ? prefix + " DROP DEFAULT" : prefix + " SET DEFAULT " + op.to());
    }

    @Override
    public List<String> visit(AlterColumnIdentity op) {
        return PgIdentitySql.alter(rel(op.table()), op.column(), op.from(), op.to());
    }

    @Override
    public List<String> visit(SetColumnComment op) {
        return List.of(PgColumnSql.commentOnColumn(rel(op.table()), op.column(), op.to()));
    }

    @Override
    public List<String> visit(AddPrimaryKey op) {
        return List.of(PgConstraintSql.add(rel(op.table()), PgConstraintSql.primaryKey(op.primaryKey())));
    }

    @Override
    public List<String> visit(DropPrimaryKey op) {
        String name = op.name() != null ? op.name() : PgNames.defaultPrimaryKeyName(op.table());
        return List.of(PgConstraintSql.drop(rel(op.table()), name));
    }

    @Override
    public List<String> visit(AddUniqueConstraint op) {
        UniqueConstraint u = op.constraint();
        return List.of(PgConstraintSql.add(rel(op.table()), PgConstraintSql.unique(u)));
    }

    @Override
    public List<String> visit(DropUniqueConstraint op) {
        return List.of(PgConstraintSql.drop(rel(op.table()), op.name()));
    }

    @Override
    public List<String> visit(AddForeignKey op) {
        return List.of(PgConstraintSql.add(rel(op.table()), PgConstraintSql.foreignKey(op.foreignKey())));
    }

    @Override
    public List<String> visit(DropForeignKey op) {
        return List.of(PgConstraintSql.drop(rel(op.table()), op.name()));
    }

    @Override
    public List<String> visit(AddCheckConstraint op) {
        return List.of(PgConstraintSql.add(rel(op.table()), PgConstraintSql.check(op.constraint())));
    }

    @Override
    public List<String> visit(DropCheckConstraint op) {
        return List.of(PgConstraintSql.drop(rel(op.table()), op.name()));
    }

    @Override
    public List<String> visit(CreateIndex op) {
        return List.of(PgIndexSql.create(rel(op.table()), op.index(), op.concurrently()));
    }

    @Override
    public List<String> visit(DropIndex op) {
        return List.of(PgIndexSql.drop(rel(op.name()), op.concurrently()));
    }

    @Override
    public List<String> visit(CreateSequence op) {
        return List.of(PgSequenceSql.create(rel(op.sequence().name()), op.sequence()));
    }

    @Override
    public List<String> visit(DropSequence op) {
        return List.of(PgSequenceSql.drop(rel(op.name())));
    }

    @Override
    public List<String> visit(AlterSequence op) {
        return List.of(PgSequenceSql.alter(rel(op.name()), op.to()));
    }

    @Override
    public List<String> visit(CreateEnumType op) {
        return List.of(PgEnumSql.create(rel(op.enumType().name()), op.enumType()));
    }

    @Override
    public List<String> visit(DropEnumType op) {
        return PgEnumSql.drop(rel(op.name()));
    }

    @Override
    public List<String> visit(AddEnumValue op) {
        return List.of(PgEnumSql.addValue(rel(op.type()), op.value(), op.before(), op.after()));
    }

    @Override
    public List<String> visit(DropEnumValue op) {
        return PgEnumSql.dropValue(schema, op.type(), op.value());
    }

    @Override
    public List<String> visit(CreateCast op) {
        return List.of(PgEnumSql.createCast(op.cast(), castType(op.cast().source()), castType(op.cast().target())));
    }

    @Override
    public List<String> visit(DropCast op) {
        return List.of(PgEnumSql.dropCast(castType(op.source()), castType(op.target())));
    }

    /** A cast's type in SQL: {@code varchar} is the SQL type, the other is an enum type of the schema. */
    private String castType(String type) {
        return type.equals(dev.retort.model.Cast.VARCHAR) ? "varchar" : rel(type);
    }

    @Override
    public List<String> visit(ExecuteSql op) {
        return List.of(op.sql());
    }

    /** JDBC work has no SQL; the executor runs it. */
    @Override
    public List<String> visit(RunJdbc op) {
        return List.of();
    }

    /** The index behind a primary key or unique constraint is renamed with it. */
    @Override
    public List<String> visit(RenameConstraint op) {
        return List.of(alterTable(rel(op.table())) + " RENAME CONSTRAINT " + id(op.name()) + " TO " + id(op.newName()));
    }

    @Override
    public List<String> visit(RenameIndex op) {
        return List.of("ALTER INDEX " + rel(op.name()) + " RENAME TO " + id(op.newName()));
    }
}
