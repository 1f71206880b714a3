package dev.retort.diff;

import dev.retort.model.Cast;
import dev.retort.ops.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static dev.retort.diff.OpOrdering.Step.*;

/**
 * Every ordering rule of the diff, in one table ({@link #RULES}): each kind of operation has a {@link Step} and a
 * subject (table, sequence or enum type name). Operations run step by step, and within a step by schema (the
 * project's first), then by subject, then in the order the comparators emitted them (objects by name, columns in
 * declaration order), so the result is deterministic.
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

    /** The steps, in execution order; why each is where it is, and its test, is at its rules in {@link #RULES}. */
    public enum Step {
        CREATE_SCHEMA,
        RENAME_TABLE, RENAME_COLUMN,
        DROP_DEFAULT,
        DROP_CAST,
        CREATE_ENUM_TYPE,
        CREATE_SEQUENCE, ALTER_SEQUENCE,
        DROP_FOREIGN_KEY,
        DROP_INDEX, DROP_CHECK, DROP_UNIQUE, DROP_PRIMARY_KEY, DROP_COLUMN,
        DROP_TABLE,
        ENUM_VALUES,
        RENAME,
        CREATE_TABLE,
        ADD_COLUMN,
        DROP_IDENTITY, DROP_NOT_NULL, ALTER_TYPE, SET_DEFAULT, SET_NOT_NULL, SET_IDENTITY,
        COMMENT,
        ADD_PRIMARY_KEY, ADD_UNIQUE, ADD_CHECK, CREATE_INDEX,
        ADD_FOREIGN_KEY,
        DROP_SEQUENCE,
        DROP_ENUM_TYPE,
        CUSTOM,
        DROP_SCHEMA
    }

    /** Where an operation sorts: its step, then its subject within the step. */
    record Place(Step step, String subject) {
    }

    /** The rules, one per kind of operation, in the order of their steps. */
    private static final Map<Class<?>, Function<MigrationOp, Place>> RULES = new Rules()
            // Schemas the entities use exist before anything is created in them (and, reversed, are dropped after
            // everything in them is gone). Test: createsSchemasFirst.
            .on(CreateSchema.class, CREATE_SCHEMA, CreateSchema::name)
            // Tables, then columns, the user said were renamed go first of all: the diff compares the entities
            // with the database as it is after the renames, so every other operation names them by their new
            // names. Test: renamesRunBeforeTheOperationsThatUseTheNewNames.
            .on(RenameTable.class, RENAME_TABLE, RenameTable::table)
            .on(RenameColumn.class, RENAME_COLUMN, RenameColumn::table)
            // Defaults are dropped first: before an enum value they name is dropped, before the column's type
            // changes (so the default need not be cast), before an identity is added; a new default is set after
            // the type changed. Tests: dropsDefaultsBeforeTheEnumValuesTheyName, alterColumnStepsRunInASafeOrder.
            .on(AlterColumnDefault.class, op -> op.to() == null ? DROP_DEFAULT : SET_DEFAULT, AlterColumnDefault::table)
            // Casts are dropped before any is created: a cast whose method or context changes is dropped and
            // created again; the subject of a cast is its enum type. Test: dropsCastsBeforeCreatingThem.
            .on(DropCast.class, DROP_CAST, op -> op.source().equals(Cast.VARCHAR) ? op.target() : op.source())
            // Enum types exist before any column uses them, each followed by its casts (a cast needs its type).
            // Tests: createsEnumTypesBeforeTablesUseThem, createsCastsRightAfterTheirEnumType.
            .on(CreateEnumType.class, CREATE_ENUM_TYPE, op -> op.enumType().name())
            .on(CreateCast.class, CREATE_ENUM_TYPE, op -> op.cast().enumType())
            // Sequences exist before a column default calls nextval on them. Test: createsSequencesFirst.
            .on(CreateSequence.class, CREATE_SEQUENCE, op -> op.sequence().name())
            .on(AlterSequence.class, ALTER_SEQUENCE, AlterSequence::name)
            // Foreign keys go before the tables, columns, primary keys, unique constraints and indexes they
            // depend on. Test: dropsForeignKeysBeforeWhatTheyReference.
            .on(DropForeignKey.class, DROP_FOREIGN_KEY, DropForeignKey::table)
            // Indexes and constraints go before the columns they are on. Test: dropsIndexesAndConstraintsBeforeColumns.
            .on(DropIndex.class, DROP_INDEX, DropIndex::table)
            .on(DropCheckConstraint.class, DROP_CHECK, DropCheckConstraint::table)
            .on(DropUniqueConstraint.class, DROP_UNIQUE, DropUniqueConstraint::table)
            .on(DropPrimaryKey.class, DROP_PRIMARY_KEY, DropPrimaryKey::table)
            .on(DropColumn.class, DROP_COLUMN, DropColumn::table)
            // Tables are dropped after every foreign key into them. Test: dropsForeignKeysBeforeWhatTheyReference.
            .on(DropTable.class, DROP_TABLE, DropTable::table)
            // Enum values are dropped once no dropped table or column holds them and no default names them, and
            // added (reordered values: dropped and added again) before a column is created, added or altered to
            // use them. Tests: addsEnumValuesBeforeColumnsUseThem, dropsEnumValuesAfterTheTablesThatUseThem.
            .on(DropEnumValue.class, ENUM_VALUES, DropEnumValue::type)
            .on(AddEnumValue.class, ENUM_VALUES, AddEnumValue::type)
            // Renames go after drops, before creates: a constraint or index may take the name of one just
            // dropped, and one created later may take the old name. Test: renamesAfterDropsBeforeCreates.
            .on(RenameConstraint.class, RENAME, RenameConstraint::table)
            .on(RenameIndex.class, RENAME, RenameIndex::table)
            // Tables are created before foreign keys to them. Test: createsTablesBeforeForeignKeysToThem.
            .on(CreateTable.class, CREATE_TABLE, CreateTable::table)
            // Columns are added before the indexes and constraints on them. Test: addsColumnsBeforeIndexesAndConstraints.
            .on(AddColumn.class, ADD_COLUMN, AddColumn::table)
            // Column changes in the order PostgreSQL accepts them (old defaults are gone already, see
            // AlterColumnDefault above): drop the identity before dropping NOT NULL; change the type; set the new
            // default; set NOT NULL before adding an identity. Test: alterColumnStepsRunInASafeOrder.
            .on(AlterColumnIdentity.class, op -> op.to() == null ? DROP_IDENTITY : SET_IDENTITY, AlterColumnIdentity::table)
            .on(AlterColumnNullable.class, op -> op.nullable() ? DROP_NOT_NULL : SET_NOT_NULL, AlterColumnNullable::table)
            .on(AlterColumnType.class, ALTER_TYPE, AlterColumnType::table)
            .on(SetTableComment.class, COMMENT, SetTableComment::table)
            .on(SetColumnComment.class, COMMENT, SetColumnComment::table)
            // Keys are added after their columns are NOT NULL, and before foreign keys that reference them.
            // Test: addsKeysBeforeForeignKeysThatReferenceThem.
            .on(AddPrimaryKey.class, ADD_PRIMARY_KEY, AddPrimaryKey::table)
            .on(AddUniqueConstraint.class, ADD_UNIQUE, AddUniqueConstraint::table)
            .on(AddCheckConstraint.class, ADD_CHECK, AddCheckConstraint::table)
            .on(CreateIndex.class, CREATE_INDEX, CreateIndex::table)
            // Foreign keys are added last among table objects. Test: createsTablesBeforeForeignKeysToThem.
            .on(AddForeignKey.class, ADD_FOREIGN_KEY, AddForeignKey::table)
            // Sequences are dropped after the columns and tables whose defaults use them. Test: dropsSequencesAfterTables.
            .on(DropSequence.class, DROP_SEQUENCE, DropSequence::name)
            // Enum types are dropped after the columns using them are dropped or altered.
            // Test: dropsEnumTypesAfterColumnsStopUsingThem.
            .on(DropEnumType.class, DROP_ENUM_TYPE, DropEnumType::name)
            // Raw SQL and JDBC work (never emitted by the diff) run last, in the order written.
            .on(ExecuteSql.class, CUSTOM, op -> "")
            .on(RunJdbc.class, CUSTOM, op -> "")
            // A schema is dropped (never emitted by the diff, only by a reverse) once nothing is left in it.
            // Test: createsSchemasFirst.
            .on(DropSchema.class, DROP_SCHEMA, DropSchema::name)
            .complete();

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
        return place(op).step();
    }

    /** The table, sequence or enum type an operation is about, for ordering within a step. */
    static String subject(MigrationOp op) {
        return place(op).subject();
    }

    /** The place of {@code op}; an operation in another schema sorts as the operation it wraps. */
    static Place place(MigrationOp op) {
        MigrationOp inner = InSchema.unwrap(op);
        return RULES.get(inner.getClass()).apply(inner);
    }

    /** Builds {@link #RULES}, typed per kind of operation. */
    private static final class Rules {
        private final Map<Class<?>, Function<MigrationOp, Place>> rules = new HashMap<>();

        <T extends MigrationOp> Rules on(Class<T> type, Step step, Function<T, String> subject) {
            return on(type, op -> step, subject);
        }

        <T extends MigrationOp> Rules on(Class<T> type, Function<T, Step> step, Function<T, String> subject) {
            if (rules.put(type, op -> new Place(step.apply(type.cast(op)), subject.apply(type.cast(op)))) != null) {
                throw new IllegalStateException("two ordering rules for " + type.getSimpleName());
            }
            return this;
        }

        /** The table, checked to have a rule for every kind of operation but {@link InSchema} (a wrapper). */
        Map<Class<?>, Function<MigrationOp, Place>> complete() {
            List<String> missing = Arrays.stream(MigrationOp.class.getPermittedSubclasses())
                    .filter(type -> type != InSchema.class && !rules.containsKey(type))
                    .map(Class::getSimpleName).toList();
            if (!missing.isEmpty()) {
                throw new IllegalStateException("OpOrdering has no rule for " + missing + ": add one to its RULES");
            }
            return Map.copyOf(rules);
        }
    }
}
