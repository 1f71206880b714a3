package dev.retort.api;

import dev.retort.model.CheckConstraint;
import dev.retort.model.Deferrable;
import dev.retort.model.PrimaryKey;
import dev.retort.model.UniqueConstraint;

/** A primary key, unique or check constraint, or a table comment, inside a table definition. */
public sealed interface TableConstraintDef extends TableElement {

    /** A primary key: {@code primaryKey("pk_orders", "id").deferrable()}. */
    record PrimaryKeyDef(PrimaryKey primaryKey) implements TableConstraintDef {

        /** {@code DEFERRABLE}: checked at the end of each statement unless {@code SET CONSTRAINTS ... DEFERRED}. */
        public PrimaryKeyDef deferrable() {
            return new PrimaryKeyDef(primaryKey.withDeferrable(Deferrable.INITIALLY_IMMEDIATE));
        }

        /** {@code DEFERRABLE INITIALLY DEFERRED}: checked at commit. */
        public PrimaryKeyDef initiallyDeferred() {
            return new PrimaryKeyDef(primaryKey.withDeferrable(Deferrable.INITIALLY_DEFERRED));
        }
    }

    /**
     * A unique constraint: {@code unique("uq_seats_row_number", "row", "number").deferrable().initiallyDeferred()},
     * {@code unique("uq_codes", "code").nullsNotDistinct()}.
     */
    record UniqueDef(UniqueConstraint unique) implements TableConstraintDef {

        /** {@code DEFERRABLE}: checked at the end of each statement unless {@code SET CONSTRAINTS ... DEFERRED}. */
        public UniqueDef deferrable() {
            return new UniqueDef(unique.withDeferrable(Deferrable.INITIALLY_IMMEDIATE));
        }

        /** {@code DEFERRABLE INITIALLY DEFERRED}: checked at commit. */
        public UniqueDef initiallyDeferred() {
            return new UniqueDef(unique.withDeferrable(Deferrable.INITIALLY_DEFERRED));
        }

        /** {@code UNIQUE NULLS NOT DISTINCT} (PostgreSQL 15+): two rows with NULL in the same columns conflict. */
        public UniqueDef nullsNotDistinct() {
            return new UniqueDef(unique.withNullsNotDistinct(true));
        }
    }

    record CheckDef(CheckConstraint check) implements TableConstraintDef {
    }

    record CommentDef(String comment) implements TableConstraintDef {
    }
}
