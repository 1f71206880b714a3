package dev.retort.render;

import com.palantir.javapoet.CodeBlock;
import dev.retort.api.Schema;
import dev.retort.model.*;

import java.util.List;
import java.util.function.Consumer;

/**
 * Writes model values as the {@link Schema} expressions that build them, e.g.
 * {@code column("email", varchar(255)).notNull()} or
 * {@code foreignKey("fk_orders_customer", "customer_id").references("customers", "id").onDelete(CASCADE)}.
 */
final class ElementCode {
    private final Imports imports;
    private final TypeCode types;
    private final Consumer<String> notes;

    /** @param notes receives a review note when a value cannot be written exactly with the API */
    ElementCode(Imports imports, Consumer<String> notes) {
        this.imports = imports;
        this.types = new TypeCode(imports);
        this.notes = notes;
    }

    CodeBlock type(SqlType type) {
        return types.of(type);
    }

    CodeBlock column(String table, Column c) {
        imports.useStatics(Schema.class);
        CodeBlock.Builder b = CodeBlock.builder().add("column($S, $L)", c.name(), types.of(c.type()));
        if (c.collation() != null) {
            b.add("$Z.collate($S)", c.collation());
        }
        if (c.identity() != null) {
            b.add("$Z").add(identityCall(table, c));
            if (c.nullable()) {
                b.add("$Z.nullable()");
            }
        } else if (!c.nullable()) {
            b.add("$Z.notNull()");
        }
        if (c.defaultExpression() != null) {
            b.add("$Z.defaultValue($S)", c.defaultExpression());
        }
        if (c.generatedExpression() != null) {
            b.add("$Z.generated($S)", c.generatedExpression());
        }
        if (c.ownedSequence() != null) {
            b.add("$Z.ownsSequence($S, $L, $L)", c.ownedSequence().name(), longLiteral(c.ownedSequence().start()),
                    longLiteral(c.ownedSequence().increment()));
        }
        if (c.comment() != null) {
            b.add("$Z.comment($S)", c.comment());
        }
        return b.build();
    }

    private CodeBlock identityCall(String table, Column c) {
        Identity id = c.identity();
        if (id.start() == null && id.increment() == null) {
            return CodeBlock.of(id.always() ? ".identityAlways()" : ".identity()");
        }
        if (!id.always() && id.start() != null && id.increment() != null) {
            return CodeBlock.of(".identity($L, $L)", longLiteral(id.start()), longLiteral(id.increment()));
        }
        notes.accept("NOTE the API cannot state identity " + describe(id) + " of " + table + "." + c.name()
                + "; adjust it by hand");
        return CodeBlock.of(id.always() ? ".identityAlways()" : ".identity()");
    }

    /** An {@link Identity} value, or {@code null}. */
    CodeBlock identity(Identity id) {
        if (id == null) {
            return CodeBlock.of("null");
        }
        if (id.start() == null && id.increment() == null) {
            return CodeBlock.of(id.always() ? "$T.generatedAlways()" : "$T.byDefault()", imports.use(Identity.class));
        }
        return CodeBlock.of("new $T($L, $L, $L)", imports.use(Identity.class), id.always(),
                id.start() == null ? "null" : id.start() + "L", id.increment() == null ? "null" : id.increment() + "L");
    }

    CodeBlock primaryKey(PrimaryKey pk) {
        imports.useStatics(Schema.class);
        return CodeBlock.builder().add("primaryKey($L, $L)", nameOrNull(pk.name()), strings(pk.columns()))
                .add(deferrable(pk.deferrable())).build();
    }

    CodeBlock unique(UniqueConstraint u) {
        imports.useStatics(Schema.class);
        CodeBlock.Builder b = CodeBlock.builder().add("unique($S, $L)", u.name(), strings(u.columns()))
                .add(deferrable(u.deferrable()));
        if (u.nullsNotDistinct()) {
            b.add("$Z.nullsNotDistinct()");
        }
        return b.build();
    }

    /** {@code collation("C")} when it is kept, else {@code collation(from, to)} with null for the default. */
    CodeBlock collation(String from, String to) {
        imports.useStatics(Schema.class);
        return java.util.Objects.equals(from, to) ? CodeBlock.of("collation($S)", to)
                : CodeBlock.of("collation($L, $L)", nameOrNull(from), nameOrNull(to));
    }

    /** Whether a key or unique constraint needs more than {@code addPrimaryKey(t, name, columns...)} can say. */
    static boolean plain(PrimaryKey pk) {
        return !pk.deferrable().deferrable();
    }

    static boolean plain(UniqueConstraint u) {
        return !u.deferrable().deferrable() && !u.nullsNotDistinct();
    }

    /** {@code .deferrable()}, {@code .initiallyDeferred()}, or nothing. */
    private static CodeBlock deferrable(Deferrable d) {
        return switch (d) {
            case NOT_DEFERRABLE -> CodeBlock.of("");
            case INITIALLY_IMMEDIATE -> CodeBlock.of("$Z.deferrable()");
            case INITIALLY_DEFERRED -> CodeBlock.of("$Z.initiallyDeferred()");
        };
    }

    CodeBlock check(CheckConstraint c) {
        imports.useStatics(Schema.class);
        return CodeBlock.of("check($S, $S)", c.name(), c.expression());
    }

    CodeBlock tableComment(String comment) {
        imports.useStatics(Schema.class);
        return CodeBlock.of("comment($S)", comment);
    }

    CodeBlock foreignKey(ForeignKey fk) {
        imports.useStatics(Schema.class);
        CodeBlock.Builder b = CodeBlock.builder()
                .add("foreignKey($S, $L)", fk.name(), strings(fk.columns()))
                .add(fk.referencedSchema() == null ? CodeBlock.of("$Z.references($S, $L)", fk.referencedTable(),
                        strings(fk.referencedColumns())) : CodeBlock.of("$Z.referencesInSchema($S, $S, $L)",
                        fk.referencedSchema(), fk.referencedTable(), strings(fk.referencedColumns())));
        if (fk.onDelete() != ReferentialAction.NO_ACTION) {
            imports.useStatics(ReferentialAction.class);
            b.add("$Z.onDelete($L)", fk.onDelete().name());
        }
        if (fk.onUpdate() != ReferentialAction.NO_ACTION) {
            imports.useStatics(ReferentialAction.class);
            b.add("$Z.onUpdate($L)", fk.onUpdate().name());
        }
        if (fk.matchFull()) {
            b.add("$Z.matchFull()");
        }
        b.add(deferrable(fk.deferrable()));
        return b.build();
    }

    CodeBlock index(Index index) {
        imports.useStatics(Schema.class);
        CodeBlock.Builder b = CodeBlock.builder().add("index($S, $L)", index.name(), keys(index.keys()));
        if (index.unique()) {
            b.add("$Z.unique()");
        }
        if (index.where() != null) {
            b.add("$Z.where($S)", index.where());
        }
        if (!index.include().isEmpty()) {
            b.add("$Z.include($L)", strings(index.include()));
        }
        if (index.method() != null) {
            b.add("$Z.using($S)", index.method());
        }
        if (index.nullsNotDistinct()) {
            b.add("$Z.nullsNotDistinct()");
        }
        return b.build();
    }

    CodeBlock sequence(Sequence s) {
        imports.useStatics(Schema.class);
        return CodeBlock.of("sequence($S, $L, $L)", s.name(), longLiteral(s.start()), longLiteral(s.increment()));
    }

    /** {@code castWithInout("varchar", "status", Cast.Context.ASSIGNMENT)} and the like. */
    CodeBlock cast(Cast c) {
        imports.useStatics(Schema.class);
        CodeBlock context = CodeBlock.of("$T.Context.$L", imports.use(Cast.class), c.context().name());
        return switch (c.method()) {
            case INOUT -> CodeBlock.of("castWithInout($S, $S, $L)", c.source(), c.target(), context);
            case BINARY -> CodeBlock.of("castWithoutFunction($S, $S, $L)", c.source(), c.target(), context);
            case FUNCTION -> CodeBlock.of("castWithFunction($S, $S, $S, $L)", c.source(), c.target(), c.function(),
                    context);
        };
    }

    /** {@code "a", "b"}: string literals separated by commas. */
    static CodeBlock strings(List<String> values) {
        return values.stream().map(v -> CodeBlock.of("$S", v)).collect(CodeBlock.joining(", "));
    }

    static CodeBlock nameOrNull(String name) {
        return name == null ? CodeBlock.of("null") : CodeBlock.of("$S", name);
    }

    private static CodeBlock keys(List<IndexKey> keys) {
        boolean plain = keys.stream().allMatch(k -> !k.isExpression() && !k.descending() && k.collation() == null
                && k.opclass() == null);
        if (plain) {
            return strings(keys.stream().map(IndexKey::column).toList());
        }
        return keys.stream().map(ElementCode::key).collect(CodeBlock.joining(", "));
    }

    private static CodeBlock key(IndexKey k) {
        CodeBlock.Builder b = CodeBlock.builder();
        if (k.isExpression()) {
            b.add(k.descending() ? "exprDesc($S)" : "expr($S)", k.expression());
        } else {
            b.add(k.descending() ? "desc($S)" : "col($S)", k.column());
        }
        if (k.collation() != null) {
            b.add(".collate($S)", k.collation());
        }
        if (k.opclass() != null) {
            b.add(".opclass($S)", k.opclass());
        }
        return b.build();
    }

    /** A long as Java source: an int literal when it fits, else with an {@code L} suffix. */
    private static String longLiteral(long v) {
        return v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE ? Long.toString(v) : v + "L";
    }

    private static String describe(Identity id) {
        return (id.always() ? "ALWAYS" : "BY DEFAULT") + (id.start() == null ? "" : " START " + id.start())
                + (id.increment() == null ? "" : " INCREMENT " + id.increment());
    }
}
