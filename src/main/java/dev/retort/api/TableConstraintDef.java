package dev.retort.api;

import dev.retort.model.CheckConstraint;
import dev.retort.model.PrimaryKey;
import dev.retort.model.UniqueConstraint;

/** A primary key, unique or check constraint, or a table comment, inside a table definition. */
public sealed interface TableConstraintDef extends TableElement {

    record PrimaryKeyDef(PrimaryKey primaryKey) implements TableConstraintDef {
    }

    record UniqueDef(UniqueConstraint unique) implements TableConstraintDef {
    }

    record CheckDef(CheckConstraint check) implements TableConstraintDef {
    }

    record CommentDef(String comment) implements TableConstraintDef {
    }
}
