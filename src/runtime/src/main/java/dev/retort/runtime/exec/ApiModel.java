package dev.retort.runtime.exec;

import dev.retort.api.ColumnDef;
import dev.retort.api.ForeignKeyDef;
import dev.retort.api.IndexDef;
import dev.retort.api.TableConstraintDef;
import dev.retort.model.Cast;
import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.Deferrable;
import dev.retort.model.ForeignKey;
import dev.retort.model.Identity;
import dev.retort.model.Index;
import dev.retort.model.IndexKey;
import dev.retort.model.PrimaryKey;
import dev.retort.model.ReferentialAction;
import dev.retort.model.Sequence;
import dev.retort.model.SqlType;
import dev.retort.model.UniqueConstraint;
import dev.retort.ops.JdbcWork;

/**
 * The one map between the values migrations build ({@code dev.retort.api}, which depends on nothing) and
 * Retort's model. {@code model(...)} is the direction the runtime needs: what a migration states becomes what
 * the operations carry. {@code api(...)} maps the plain values back, for code that shows the model in API
 * terms; {@code model(api(v))} equals {@code v} for each of them (a sequence's schema aside).
 */
public final class ApiModel {
    private ApiModel() {
    }

    // ---- api -> model

    public static SqlType model(dev.retort.api.SqlType t) {
        return t == null ? null : new SqlType(t.name(), t.length(), t.precision(), t.scale(), t.arrayDimensions(),
                t.modifiers());
    }

    public static Identity model(dev.retort.api.Identity id) {
        return id == null ? null : new Identity(id.always(), id.start(), id.increment());
    }

    /** A sequence of the project's own schema ({@code op.inSchema(...)} places it elsewhere); start stated. */
    public static Sequence model(dev.retort.api.Sequence s) {
        return s == null ? null : new Sequence(s.name(), s.startValue(), s.increment());
    }

    public static Cast model(dev.retort.api.Cast c) {
        return c == null ? null : new Cast(c.source(), c.target(), Cast.Context.valueOf(c.context().name()),
                Cast.Method.valueOf(c.method().name()), c.function());
    }

    public static IndexKey model(dev.retort.api.IndexKey k) {
        return new IndexKey(k.column(), k.expression(), k.descending(), k.collation(), k.opclass());
    }

    public static ReferentialAction model(dev.retort.api.ReferentialAction a) {
        return ReferentialAction.valueOf(a.name());
    }

    public static Deferrable model(dev.retort.api.Deferrable d) {
        return Deferrable.valueOf(d.name());
    }

    /** The work, run as the runtime runs JDBC work. */
    public static JdbcWork model(dev.retort.api.JdbcWork work) {
        return work == null ? null : work::run;
    }

    public static Column model(ColumnDef c) {
        return new Column(c.name(), model(c.type()), c.allowsNull(), c.defaultExpression(),
                model(c.identityDefinition()), c.generatedExpression(), c.comment(), model(c.ownedSequence()),
                c.collation());
    }

    public static Index model(IndexDef i) {
        return new Index(i.name(), i.keys().stream().map(ApiModel::model).toList(), i.isUnique(), i.where(),
                i.include(), i.method(), true, i.isNullsNotDistinct());
    }

    /** The foreign key; fails, naming it, when {@code .references(...)} was not called. */
    public static ForeignKey model(ForeignKeyDef fk) {
        if (fk.referencedTable() == null) {
            throw new IllegalArgumentException("foreign key " + fk.name() + " lacks .references(table, columns...)");
        }
        return new ForeignKey(fk.name(), fk.columns(), fk.referencedTable(), fk.referencedColumns(),
                model(fk.onDelete()), model(fk.onUpdate()), fk.referencedSchema(), model(fk.deferrability()),
                fk.fullMatch());
    }

    public static PrimaryKey model(TableConstraintDef.PrimaryKeyDef pk) {
        return new PrimaryKey(pk.name(), pk.columns(), model(pk.deferrability()));
    }

    public static UniqueConstraint model(TableConstraintDef.UniqueDef u) {
        return new UniqueConstraint(u.name(), u.columns(), model(u.deferrability()), u.isNullsNotDistinct());
    }

    public static CheckConstraint model(TableConstraintDef.CheckDef c) {
        return new CheckConstraint(c.name(), c.expression());
    }

    // ---- model -> api

    public static dev.retort.api.SqlType api(SqlType t) {
        return t == null ? null : new dev.retort.api.SqlType(t.name(), t.length(), t.precision(), t.scale(),
                t.arrayDimensions(), t.modifiers());
    }

    public static dev.retort.api.Identity api(Identity id) {
        return id == null ? null : new dev.retort.api.Identity(id.always(), id.start(), id.increment());
    }

    /** The sequence without its schema, which migrations state with {@code op.inSchema(...)}. */
    public static dev.retort.api.Sequence api(Sequence s) {
        return s == null ? null : new dev.retort.api.Sequence(s.name(), s.start(), s.increment());
    }

    public static dev.retort.api.Cast api(Cast c) {
        return c == null ? null : new dev.retort.api.Cast(c.source(), c.target(),
                dev.retort.api.Cast.Context.valueOf(c.context().name()),
                dev.retort.api.Cast.Method.valueOf(c.method().name()), c.function());
    }

    public static dev.retort.api.IndexKey api(IndexKey k) {
        return new dev.retort.api.IndexKey(k.column(), k.expression(), k.descending(), k.collation(), k.opclass());
    }

    public static dev.retort.api.ReferentialAction api(ReferentialAction a) {
        return dev.retort.api.ReferentialAction.valueOf(a.name());
    }

    public static dev.retort.api.Deferrable api(Deferrable d) {
        return dev.retort.api.Deferrable.valueOf(d.name());
    }
}
