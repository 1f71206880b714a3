package dev.retort.dialect.postgres;

import dev.retort.model.CheckConstraint;
import dev.retort.model.Deferrable;
import dev.retort.model.ForeignKey;
import dev.retort.model.PrimaryKey;
import dev.retort.model.ReferentialAction;
import dev.retort.model.UniqueConstraint;

import static dev.retort.dialect.postgres.PgSql.alterTable;
import static dev.retort.dialect.postgres.PgSql.id;
import static dev.retort.dialect.postgres.PgSql.idList;

/** Table constraint clauses, usable inside CREATE TABLE or after {@code ALTER TABLE t ADD}. */
final class PgConstraintSql {
    private PgConstraintSql() {
    }

    static String primaryKey(PrimaryKey pk) {
        return named(pk.name()) + "PRIMARY KEY " + idList(pk.columns()) + deferrable(pk.deferrable());
    }

    static String unique(UniqueConstraint unique) {
        return named(unique.name()) + "UNIQUE " + (unique.nullsNotDistinct() ? "NULLS NOT DISTINCT " : "")
                + idList(unique.columns()) + deferrable(unique.deferrable());
    }

    static String check(CheckConstraint check) {
        return named(check.name()) + "CHECK (" + PgCheckText.executable(check.expression()) + ")";
    }

    static String foreignKey(ForeignKey fk) {
        return named(fk.name()) + "FOREIGN KEY " + idList(fk.columns()) + " REFERENCES "
                + PgSql.relation(fk.referencedSchema(), fk.referencedTable())
                + " " + idList(fk.referencedColumns()) + (fk.matchFull() ? " MATCH FULL" : "")
                + action("ON DELETE", fk.onDelete()) + action("ON UPDATE", fk.onUpdate())
                + deferrable(fk.deferrable());
    }

    /** {@code ALTER TABLE relation ADD clause}, the relation already in SQL. */
    static String add(String relation, String constraintClause) {
        return alterTable(relation) + " ADD " + constraintClause;
    }

    static String drop(String relation, String name) {
        return alterTable(relation) + " DROP CONSTRAINT " + id(name);
    }

    private static String named(String name) {
        return name == null ? "" : "CONSTRAINT " + id(name) + " ";
    }

    private static String deferrable(Deferrable deferrable) {
        return deferrable.deferrable() ? " " + deferrable.sql() : "";
    }

    private static String action(String event, ReferentialAction action) {
        return action == ReferentialAction.NO_ACTION ? "" : " " + event + " " + action.sql();
    }
}
