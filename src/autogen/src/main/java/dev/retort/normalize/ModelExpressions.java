package dev.retort.normalize;

import dev.retort.model.CheckConstraint;
import dev.retort.model.Index;
import dev.retort.model.IndexKey;
import dev.retort.model.SchemaModel;
import dev.retort.model.Table;

import java.util.function.UnaryOperator;

/** Applies a function to every SQL expression a model holds: defaults, generated columns, checks, index keys and predicates. */
final class ModelExpressions {
    private ModelExpressions() {
    }

    static SchemaModel map(SchemaModel model, UnaryOperator<String> f) {
        return model.withTables(model.tables().stream().map(t -> map(t, f)).toList());
    }

    private static Table map(Table t, UnaryOperator<String> f) {
        return t.withColumns(t.columns().stream()
                        .map(c -> c.withDefault(f.apply(c.defaultExpression())).withGenerated(f.apply(c.generatedExpression())))
                        .toList())
                .withChecks(t.checks().stream().map(c -> c.withExpression(f.apply(c.expression()))).toList())
                .withIndexes(t.indexes().stream().map(i -> map(i, f)).toList());
    }

    private static Index map(Index i, UnaryOperator<String> f) {
        return new Index(i.name(),
                i.keys().stream().map(k -> k.isExpression()
                                ? new IndexKey(null, f.apply(k.expression()), k.descending(), k.collation(), k.opclass())
                                : k)
                        .toList(),
                i.unique(), f.apply(i.where()), i.include(), i.method(), i.valid(), i.nullsNotDistinct());
    }
}
