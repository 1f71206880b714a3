package dev.retort.diff;

import dev.retort.ops.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every ordering rule of the diff, in one place. Each operation gets a {@link Step}; operations run step by
 * step, and within a step by subject (table, sequence or enum type name), then in the order the comparators
 * emitted them (objects by name, columns in declaration order), so the result is deterministic.
 *
 * <p>The downgrade is the upgrade reversed ({@link Ops#reverse}), so it needs no rules of its own: it walks
 * back through the same intermediate schemas.
 *
 * <p>Each rule names the test in {@code OpOrderingTest} that fails without it; {@code DiffRoundTripTest}
 * checks all of them at once against a strict model applier.
 */
public final class OpOrdering {
    private OpOrdering() {
    }

    /** The steps, in execution order. */
    public enum Step {
        /**
         * Schemas the entities use exist before anything is created in them (and, reversed, are dropped after
         * everything in them is gone). Test: createsSchemasFirst.
         */
        CREATE_SCHEMA,
        /**
         * Tables, then columns, the user said were renamed go first of all: the diff compares the entities with
         * the database as it is after the renames, so every other operation names them by their new names.
         * Test: renamesRunBeforeTheOperationsThatUseTheNewNames.
         */
        RENAME_TABLE,
        RENAME_COLUMN,
        /**
         * Defaults are dropped first: before an enum value they name is dropped, before the column's type
         * changes (so the default need not be cast), before an identity is added.
         * Tests: dropsDefaultsBeforeTheEnumValuesTheyName, alterColumnStepsRunInASafeOrder.
         */
        DROP_DEFAULT,
        /**
         * Casts are dropped before any is created: a cast whose method or context changes is dropped and created
         * again. Test: dropsCastsBeforeCreatingThem.
         */
        DROP_CAST,
        /**
         * Enum types exist before any column uses them, each followed by its casts (a cast needs its type; the
         * subject of a cast is its enum type). Tests: createsEnumTypesBeforeTablesUseThem,
         * createsCastsRightAfterTheirEnumType.
         */
        CREATE_ENUM_TYPE,
        /** Sequences exist before a column default calls nextval on them. Test: createsSequencesFirst. */
        CREATE_SEQUENCE,
        ALTER_SEQUENCE,
        /**
         * Foreign keys go before the tables, columns, primary keys, unique constraints and indexes they
         * depend on. Test: dropsForeignKeysBeforeWhatTheyReference.
         */
        DROP_FOREIGN_KEY,
        /** Indexes and constraints go before the columns they are on. Test: dropsIndexesAndConstraintsBeforeColumns. */
        DROP_INDEX,
        DROP_CHECK,
        DROP_UNIQUE,
        DROP_PRIMARY_KEY,
        DROP_COLUMN,
        /** Tables are dropped after every foreign key into them. Test: dropsForeignKeysBeforeWhatTheyReference. */
        DROP_TABLE,
        /**
         * Enum values are dropped once no dropped table or column holds them and no default names them,
         * and added (reordered values: dropped and added again) before a column is created, added or
         * altered to use them. Tests: addsEnumValuesBeforeColumnsUseThem,
         * dropsEnumValuesAfterTheTablesThatUseThem.
         */
        ENUM_VALUES,
        /**
         * Renames go after drops, before creates: a constraint or index may take the name of one just
         * dropped, and one created later may take the old name. Test: renamesAfterDropsBeforeCreates.
         */
        RENAME,
        /** Tables are created before foreign keys to them. Test: createsTablesBeforeForeignKeysToThem. */
        CREATE_TABLE,
        /** Columns are added before the indexes and constraints on them. Test: addsColumnsBeforeIndexesAndConstraints. */
        ADD_COLUMN,
        /**
         * Column changes in the order PostgreSQL accepts them (old defaults are gone already, see
         * {@link #DROP_DEFAULT}): drop the identity before dropping NOT NULL; change the type; set the new
         * default; set NOT NULL before adding an identity. Test: alterColumnStepsRunInASafeOrder.
         */
        DROP_IDENTITY,
        DROP_NOT_NULL,
        ALTER_TYPE,
        SET_DEFAULT,
        SET_NOT_NULL,
        SET_IDENTITY,
        COMMENT,
        /**
         * Keys are added after their columns are NOT NULL, and before foreign keys that reference them.
         * Test: addsKeysBeforeForeignKeysThatReferenceThem.
         */
        ADD_PRIMARY_KEY,
        ADD_UNIQUE,
        ADD_CHECK,
        CREATE_INDEX,
        /** Foreign keys are added last among table objects. Test: createsTablesBeforeForeignKeysToThem. */
        ADD_FOREIGN_KEY,
        /** Sequences are dropped after the columns and tables whose defaults use them. Test: dropsSequencesAfterTables. */
        DROP_SEQUENCE,
        /**
         * Enum types are dropped after the columns using them are dropped or altered.
         * Test: dropsEnumTypesAfterColumnsStopUsingThem.
         */
        DROP_ENUM_TYPE,
        /** Raw SQL and JDBC work (never emitted by the diff) run last. */
        CUSTOM,
        /** A schema is dropped (never emitted by the diff, only by a reverse) once nothing is left in it. */
        DROP_SCHEMA
    }

    /** {@code ops} in execution order. */
    public static List<MigrationOp> sort(List<MigrationOp> ops) {
        List<MigrationOp> out = new ArrayList<>(ops);
        // within a step, the project's schema first, then other schemas by name
        out.sort(Comparator.comparing(OpOrdering::step)
                .thenComparing(InSchema::schemaOf, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(OpOrdering::subject));
        return List.copyOf(out);
    }

    public static Step step(MigrationOp op) {
        return op.accept(STEPS);
    }

    /** The table, sequence or enum type an operation is about, for ordering within a step. */
    static String subject(MigrationOp op) {
        return op.accept(SUBJECTS);
    }

    private static final OpVisitor<Step> STEPS = new OpVisitor<>() {
        @Override
        public Step visit(CreateSchema op) {
            return Step.CREATE_SCHEMA;
        }

        @Override
        public Step visit(DropSchema op) {
            return Step.DROP_SCHEMA;
        }

        @Override
        public Step visit(CreateTable op) {
            return Step.CREATE_TABLE;
        }

        @Override
        public Step visit(DropTable op) {
            return Step.DROP_TABLE;
        }

        @Override
        public Step visit(RenameTable op) {
            return Step.RENAME_TABLE;
        }

        @Override
        public Step visit(SetTableComment op) {
            return Step.COMMENT;
        }

        @Override
        public Step visit(AddColumn op) {
            return Step.ADD_COLUMN;
        }

        @Override
        public Step visit(DropColumn op) {
            return Step.DROP_COLUMN;
        }

        @Override
        public Step visit(RenameColumn op) {
            return Step.RENAME_COLUMN;
        }

        @Override
        public Step visit(AlterColumnType op) {
            return Step.ALTER_TYPE;
        }

        @Override
        public Step visit(AlterColumnNullable op) {
            return op.nullable() ? Step.DROP_NOT_NULL : Step.SET_NOT_NULL;
        }

        @Override
        public Step visit(AlterColumnDefault op) {
            return op.to() == null ? Step.DROP_DEFAULT : Step.SET_DEFAULT;
        }

        @Override
        public Step visit(AlterColumnIdentity op) {
            return op.to() == null ? Step.DROP_IDENTITY : Step.SET_IDENTITY;
        }

        @Override
        public Step visit(SetColumnComment op) {
            return Step.COMMENT;
        }

        @Override
        public Step visit(AddPrimaryKey op) {
            return Step.ADD_PRIMARY_KEY;
        }

        @Override
        public Step visit(DropPrimaryKey op) {
            return Step.DROP_PRIMARY_KEY;
        }

        @Override
        public Step visit(AddUniqueConstraint op) {
            return Step.ADD_UNIQUE;
        }

        @Override
        public Step visit(DropUniqueConstraint op) {
            return Step.DROP_UNIQUE;
        }

        @Override
        public Step visit(AddForeignKey op) {
            return Step.ADD_FOREIGN_KEY;
        }

        @Override
        public Step visit(DropForeignKey op) {
            return Step.DROP_FOREIGN_KEY;
        }

        @Override
        public Step visit(AddCheckConstraint op) {
            return Step.ADD_CHECK;
        }

        @Override
        public Step visit(DropCheckConstraint op) {
            return Step.DROP_CHECK;
        }

        @Override
        public Step visit(CreateIndex op) {
            return Step.CREATE_INDEX;
        }

        @Override
        public Step visit(DropIndex op) {
            return Step.DROP_INDEX;
        }

        @Override
        public Step visit(CreateSequence op) {
            return Step.CREATE_SEQUENCE;
        }

        @Override
        public Step visit(DropSequence op) {
            return Step.DROP_SEQUENCE;
        }

        @Override
        public Step visit(AlterSequence op) {
            return Step.ALTER_SEQUENCE;
        }

        @Override
        public Step visit(CreateEnumType op) {
            return Step.CREATE_ENUM_TYPE;
        }

        @Override
        public Step visit(DropEnumType op) {
            return Step.DROP_ENUM_TYPE;
        }

        @Override
        public Step visit(AddEnumValue op) {
            return Step.ENUM_VALUES;
        }

        @Override
        public Step visit(DropEnumValue op) {
            return Step.ENUM_VALUES;
        }

        @Override
        public Step visit(CreateCast op) {
            return Step.CREATE_ENUM_TYPE;
        }

        @Override
        public Step visit(DropCast op) {
            return Step.DROP_CAST;
        }

        @Override
        public Step visit(ExecuteSql op) {
            return Step.CUSTOM;
        }

        @Override
        public Step visit(RunJdbc op) {
            return Step.CUSTOM;
        }

        @Override
        public Step visit(RenameConstraint op) {
            return Step.RENAME;
        }

        @Override
        public Step visit(RenameIndex op) {
            return Step.RENAME;
        }
    };

    private static final OpVisitor<String> SUBJECTS = new OpVisitor<>() {
        @Override
        public String visit(CreateSchema op) {
            return op.name();
        }

        @Override
        public String visit(DropSchema op) {
            return op.name();
        }

        @Override
        public String visit(CreateTable op) {
            return op.table();
        }

        @Override
        public String visit(DropTable op) {
            return op.table();
        }

        @Override
        public String visit(RenameTable op) {
            return op.table();
        }

        @Override
        public String visit(SetTableComment op) {
            return op.table();
        }

        @Override
        public String visit(AddColumn op) {
            return op.table();
        }

        @Override
        public String visit(DropColumn op) {
            return op.table();
        }

        @Override
        public String visit(RenameColumn op) {
            return op.table();
        }

        @Override
        public String visit(AlterColumnType op) {
            return op.table();
        }

        @Override
        public String visit(AlterColumnNullable op) {
            return op.table();
        }

        @Override
        public String visit(AlterColumnDefault op) {
            return op.table();
        }

        @Override
        public String visit(AlterColumnIdentity op) {
            return op.table();
        }

        @Override
        public String visit(SetColumnComment op) {
            return op.table();
        }

        @Override
        public String visit(AddPrimaryKey op) {
            return op.table();
        }

        @Override
        public String visit(DropPrimaryKey op) {
            return op.table();
        }

        @Override
        public String visit(AddUniqueConstraint op) {
            return op.table();
        }

        @Override
        public String visit(DropUniqueConstraint op) {
            return op.table();
        }

        @Override
        public String visit(AddForeignKey op) {
            return op.table();
        }

        @Override
        public String visit(DropForeignKey op) {
            return op.table();
        }

        @Override
        public String visit(AddCheckConstraint op) {
            return op.table();
        }

        @Override
        public String visit(DropCheckConstraint op) {
            return op.table();
        }

        @Override
        public String visit(CreateIndex op) {
            return op.table();
        }

        @Override
        public String visit(DropIndex op) {
            return op.table();
        }

        @Override
        public String visit(CreateSequence op) {
            return op.sequence().name();
        }

        @Override
        public String visit(DropSequence op) {
            return op.name();
        }

        @Override
        public String visit(AlterSequence op) {
            return op.name();
        }

        @Override
        public String visit(CreateEnumType op) {
            return op.enumType().name();
        }

        @Override
        public String visit(DropEnumType op) {
            return op.name();
        }

        @Override
        public String visit(AddEnumValue op) {
            return op.type();
        }

        @Override
        public String visit(DropEnumValue op) {
            return op.type();
        }

        @Override
        public String visit(CreateCast op) {
            return op.cast().enumType();
        }

        @Override
        public String visit(DropCast op) {
            return op.source().equals(dev.retort.model.Cast.VARCHAR) ? op.target() : op.source();
        }

        @Override
        public String visit(ExecuteSql op) {
            return "";
        }

        @Override
        public String visit(RunJdbc op) {
            return "";
        }

        @Override
        public String visit(RenameConstraint op) {
            return op.table();
        }

        @Override
        public String visit(RenameIndex op) {
            return op.table();
        }
    };
}
