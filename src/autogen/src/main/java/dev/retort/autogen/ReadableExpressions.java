package dev.retort.autogen;

import dev.retort.model.CheckConstraint;
import dev.retort.model.Column;
import dev.retort.model.Index;
import dev.retort.model.IndexKey;
import dev.retort.model.SchemaModel;
import dev.retort.model.Table;
import dev.retort.ops.AddCheckConstraint;
import dev.retort.ops.AddColumn;
import dev.retort.ops.AlterColumnDefault;
import dev.retort.ops.CreateIndex;
import dev.retort.ops.CreateTable;
import dev.retort.ops.MigrationOp;
import dev.retort.ops.InSchema;
import dev.retort.ops.OpRewriter;

import java.util.HashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Puts the entities' own expressions back into the operations that create objects. The diff works on the
 * canonical model, where a check reads {@code ((status)::text = ANY ((ARRAY['A'::character varying])::text[]))};
 * the migration a reviewer reads should say {@code status in ('A')}, as the entity does. The canonical
 * model was made from the scanned one object by object, so objects are matched by name; where no scanned
 * object matches, the canonical text stays.
 */
final class ReadableExpressions extends OpRewriter {
    /** By schema and name: one lookup per operation, at thousands of tables; namesakes of two schemas stay apart. */
    private final Map<String, Table> scanned;
    /** The schema of the operations being rewritten; null for the project's. */
    private final String schema;

    ReadableExpressions(SchemaModel scanned) {
        this.scanned = new HashMap<>();
        this.schema = null;
        for (Table t : scanned.tables()) {
            this.scanned.putIfAbsent(key(t.schema(), t.name()), t);
        }
    }

    private ReadableExpressions(Map<String, Table> scanned, String schema) {
        this.scanned = scanned;
        this.schema = schema;
    }

    private static String key(String schema, String table) {
        return schema == null ? table : schema + "\0" + table; // a NUL is in no name
    }

    private Optional<Table> scannedTable(String name) {
        return Optional.ofNullable(scanned.get(key(schema, name)));
    }

    /** An operation of another schema takes the expressions of that schema's scanned table. */
    @Override
    public MigrationOp visit(InSchema op) {
        return InSchema.of(op.schema(), op.op().accept(new ReadableExpressions(scanned, op.schema())));
    }

    List<MigrationOp> apply(List<MigrationOp> ops) {
        return ops.stream().map(op -> op.accept(this)).toList();
    }

    @Override
    public MigrationOp visit(CreateTable op) {
        Table t = op.definition();
        Optional<Table> source = scannedTable(t.name());
        if (source.isEmpty()) {
            return op;
        }
        return new CreateTable(t.withColumns(t.columns().stream().map(c -> column(source.get(), c)).toList())
                .withChecks(t.checks().stream().map(c -> check(source.get(), c)).toList())
                .withIndexes(t.indexes().stream().map(i -> index(source.get(), i)).toList()));
    }

    @Override
    public MigrationOp visit(AddColumn op) {
        return scannedTable(op.table()).map(s -> new AddColumn(op.table(), column(s, op.column()))).orElse(op);
    }

    @Override
    public MigrationOp visit(AlterColumnDefault op) {
        Optional<String> readable = scannedTable(op.table()).flatMap(t -> t.column(op.column()))
                .map(Column::defaultExpression);
        if (op.to() == null || readable.isEmpty()) {
            return op;
        }
        return new AlterColumnDefault(op.table(), op.column(), op.from(), readable.get(), op.fromKnown());
    }

    @Override
    public MigrationOp visit(AddCheckConstraint op) {
        return scannedTable(op.table()).map(s -> new AddCheckConstraint(op.table(), check(s, op.constraint())))
                .orElse(op);
    }

    @Override
    public MigrationOp visit(CreateIndex op) {
        return scannedTable(op.table()).map(s -> new CreateIndex(op.table(), index(s, op.index()), op.concurrently()))
                .orElse(op);
    }

    private static Column column(Table source, Column canonical) {
        return source.column(canonical.name())
                .map(s -> canonical.withDefault(canonical.defaultExpression() == null ? null : s.defaultExpression())
                        .withGenerated(canonical.generatedExpression() == null ? null : s.generatedExpression()))
                .filter(c -> (c.defaultExpression() == null) == (canonical.defaultExpression() == null)
                        && (c.generatedExpression() == null) == (canonical.generatedExpression() == null))
                .orElse(canonical);
    }

    private static CheckConstraint check(Table source, CheckConstraint canonical) {
        return source.checks().stream().filter(c -> c.name().equals(canonical.name())).findFirst().orElse(canonical);
    }

    /**
     * The scanned index's spelling of its keys and predicate, with the canonical index's attributes the entities
     * do not state (collations, operator classes, NULLS NOT DISTINCT, as the live index has them).
     */
    private static Index index(Table source, Index canonical) {
        return source.index(canonical.name())
                .filter(s -> s.keys().size() == canonical.keys().size() && s.unique() == canonical.unique()
                        && (s.where() == null) == (canonical.where() == null))
                .map(s -> {
                    List<IndexKey> keys = new ArrayList<>();
                    for (int i = 0; i < s.keys().size(); i++) {
                        IndexKey c = canonical.keys().get(i);
                        keys.add(s.keys().get(i).withCollation(c.collation()).withOpclass(c.opclass()));
                    }
                    return s.withKeys(keys, s.include()).withNullsNotDistinct(canonical.nullsNotDistinct());
                })
                .orElse(canonical);
    }
}
