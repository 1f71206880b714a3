package dev.retort.render;

import com.palantir.javapoet.CodeBlock;
import dev.retort.api.Schema;
import dev.retort.model.*;

import java.util.List;

/**
 * Writes model values as the {@link Schema} expressions that build them, e.g.
 * {@code column("email", varchar(255)).notNull()},
 * {@code foreignKey("fk_orders_customer", "customer_id").references("customers", "id").onDelete(CASCADE)} or
 * {@code sequence("product_seq").startWith(1000).incrementBy(20)}. The code names only {@code dev.retort.api}
 * types, and leaves out a step whose value is PostgreSQL's default (start 1 ascending, -1 descending;
 * increment 1).
 */
final class ElementCode {
    private final Imports imports;
    private final TypeCode types;

    ElementCode(Imports imports) {
        this.imports = imports;
        this.types = new TypeCode(imports);
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
            b.add("$Z").add(identityCall(c.identity()));
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
            b.add("$Z.ownsSequence($L)", sequence(c.ownedSequence()));
        }
        if (c.comment() != null) {
            b.add("$Z.comment($S)", c.comment());
        }
        return b.build();
    }

    /**
     * {@code .identity()}, {@code .identityAlways()}, {@code .identity(1000, 10)} (by default, both values stated),
     * or {@code .identity(identityAlways().startWith(1000))}.
     */
    private CodeBlock identityCall(Identity id) {
        Long start = statedStart(id.start(), increment(id));
        Long increment = statedIncrement(increment(id));
        if (start == null && increment == null) {
            return CodeBlock.of(id.always() ? ".identityAlways()" : ".identity()");
        }
        if (!id.always() && id.start() != null && id.increment() != null) {
            return CodeBlock.of(".identity($L, $L)", longLiteral(id.start()), longLiteral(id.increment()));
        }
        return CodeBlock.of(".identity($L)", identity(id));
    }

    /** An identity as {@code identity()} or {@code identityAlways()} with named steps, or {@code null}. */
    CodeBlock identity(Identity id) {
        if (id == null) {
            return CodeBlock.of("null");
        }
        imports.useStatics(Schema.class);
        CodeBlock.Builder b = CodeBlock.builder().add(id.always() ? "identityAlways()" : "identity()");
        Long start = statedStart(id.start(), increment(id));
        Long increment = statedIncrement(increment(id));
        if (start != null) {
            b.add(".startWith($L)", longLiteral(start));
        }
        if (increment != null) {
            b.add(".incrementBy($L)", longLiteral(increment));
        }
        return b.build();
    }

    private static long increment(Identity id) {
        return id.increment() == null ? 1 : id.increment();
    }

    /** The start to write, or null when it is PostgreSQL's default for the increment: 1 ascending, -1 descending. */
    private static Long statedStart(Long start, long increment) {
        return start == null || start == (increment > 0 ? 1 : -1) ? null : start;
    }

    /** The increment to write, or null for the default 1. */
    private static Long statedIncrement(long increment) {
        return increment == 1 ? null : increment;
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
            imports.useStatics(dev.retort.api.ReferentialAction.class);
            b.add("$Z.onDelete($L)", fk.onDelete().name());
        }
        if (fk.onUpdate() != ReferentialAction.NO_ACTION) {
            imports.useStatics(dev.retort.api.ReferentialAction.class);
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

    /** {@code sequence("product_seq").startWith(1000).incrementBy(20)}, a default value's step left out. */
    CodeBlock sequence(Sequence s) {
        imports.useStatics(Schema.class);
        CodeBlock.Builder b = CodeBlock.builder().add("sequence($S)", s.name());
        Long start = statedStart(s.start(), s.increment());
        Long increment = statedIncrement(s.increment());
        if (start != null) {
            b.add(".startWith($L)", longLiteral(start));
        }
        if (increment != null) {
            b.add(".incrementBy($L)", longLiteral(increment));
        }
        return b.build();
    }

    /** {@code castWithInout("varchar", "status", Cast.Context.ASSIGNMENT)} and the like. */
    CodeBlock cast(Cast c) {
        imports.useStatics(Schema.class);
        CodeBlock context = CodeBlock.of("$T.Context.$L", imports.use(dev.retort.api.Cast.class),
                c.context().name());
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
}
