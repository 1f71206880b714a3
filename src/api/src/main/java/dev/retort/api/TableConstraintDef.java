package dev.retort.api;

import java.util.List;

/** A primary key, unique or check constraint, or a table comment, inside a table definition. */
public sealed interface TableConstraintDef extends TableElement {

    /**
     * A primary key: {@code primaryKey("pk_orders", "id").deferrable()}.
     *
     * @param name null to let the database name it
     */
    record PrimaryKeyDef(String name, List<String> columns, Deferrable deferrability) implements TableConstraintDef {

        public PrimaryKeyDef {
            columns = Require.columns(columns, "primary key", name);
            deferrability = deferrability == null ? Deferrable.NOT_DEFERRABLE : deferrability;
        }

        public PrimaryKeyDef(String name, List<String> columns) {
            this(name, columns, Deferrable.NOT_DEFERRABLE);
        }

        /** {@code DEFERRABLE}: checked at the end of each statement unless {@code SET CONSTRAINTS ... DEFERRED}. */
        public PrimaryKeyDef deferrable() {
            return new PrimaryKeyDef(name, columns, Deferrable.INITIALLY_IMMEDIATE);
        }

        /** {@code DEFERRABLE INITIALLY DEFERRED}: checked at commit. */
        public PrimaryKeyDef initiallyDeferred() {
            return new PrimaryKeyDef(name, columns, Deferrable.INITIALLY_DEFERRED);
        }
    }

    /**
     * A unique constraint: {@code unique("uq_seats_row_number", "row", "number").deferrable().initiallyDeferred()},
     * {@code unique("uq_codes", "code").nullsNotDistinct()}.
     */
    record UniqueDef(String name, List<String> columns, Deferrable deferrability, boolean isNullsNotDistinct)
            implements TableConstraintDef {

        public UniqueDef {
            Require.name(name, "unique constraint");
            columns = Require.columns(columns, "unique constraint", name);
            deferrability = deferrability == null ? Deferrable.NOT_DEFERRABLE : deferrability;
        }

        public UniqueDef(String name, List<String> columns) {
            this(name, columns, Deferrable.NOT_DEFERRABLE, false);
        }

        /** {@code DEFERRABLE}: checked at the end of each statement unless {@code SET CONSTRAINTS ... DEFERRED}. */
        public UniqueDef deferrable() {
            return new UniqueDef(name, columns, Deferrable.INITIALLY_IMMEDIATE, isNullsNotDistinct);
        }

        /** {@code DEFERRABLE INITIALLY DEFERRED}: checked at commit. */
        public UniqueDef initiallyDeferred() {
            return new UniqueDef(name, columns, Deferrable.INITIALLY_DEFERRED, isNullsNotDistinct);
        }

        /** {@code UNIQUE NULLS NOT DISTINCT} (PostgreSQL 15+): two rows with NULL in the same columns conflict. */
        public UniqueDef nullsNotDistinct() {
            return new UniqueDef(name, columns, deferrability, true);
        }
    }

    /** A check constraint: {@code check("ck_qty", "qty > 0")}, the expression without {@code CHECK}. */
    record CheckDef(String name, String expression) implements TableConstraintDef {

        public CheckDef {
            Require.name(name, "check constraint");
            if (expression == null || expression.isBlank()) {
                throw new IllegalArgumentException("check constraint " + name + " has no expression");
            }
        }
    }

    /** The table's comment: {@code comment("orders of customers")}. */
    record CommentDef(String comment) implements TableConstraintDef {
    }
}
