package dev.retort.diff;

import dev.retort.model.*;
import dev.retort.ops.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Applies operations to a {@link SchemaModel} symbolically, as strictly as PostgreSQL would: it refuses to
 * drop a column an index or key still uses, a table a foreign key still points at, a key a foreign key
 * relies on, an enum type a column still has, to add a foreign key to a missing table or to columns without
 * a key, an identity to a nullable column or one with a default, and it checks that every drop and every
 * alter's "from" side matches the current schema. So a wrong order or a wrong "before" value fails here.
 */
final class ModelApplier implements OpVisitor<Void> {
    /** Type names that need no enum type. */
    private static final Set<String> BUILTIN = Set.of("smallint", "integer", "bigint", "real", "double precision",
            "numeric", "varchar", "char", "text", "boolean", "bytea", "uuid", "json", "jsonb", "date", "time",
            "timetz", "timestamp", "timestamptz", "interval", "oid");

    private final Map<String, Table> tables = new TreeMap<>();
    private final Map<String, Sequence> sequences = new TreeMap<>();
    private final Map<String, List<String>> enums = new TreeMap<>();
    private final List<Cast> casts = new ArrayList<>();

    private ModelApplier(SchemaModel model) {
        model.tables().forEach(t -> tables.put(t.name(), t));
        model.sequences().forEach(s -> sequences.put(s.name(), s));
        model.enums().forEach(e -> enums.put(e.name(), new ArrayList<>(e.values())));
        casts.addAll(model.casts());
    }

    static SchemaModel apply(SchemaModel model, List<MigrationOp> ops) {
        ModelApplier applier = new ModelApplier(model);
        for (int i = 0; i < ops.size(); i++) {
            try {
                ops.get(i).accept(applier);
            } catch (IllegalStateException e) {
                throw new IllegalStateException("step " + i + " '" + ops.get(i).describe() + "': " + e.getMessage()
                        + "\nall steps:\n" + describe(ops), e);
            }
        }
        return applier.model();
    }

    static String describe(List<MigrationOp> ops) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < ops.size(); i++) {
            sb.append("  ").append(i).append(": ").append(ops.get(i).describe()).append('\n');
        }
        return sb.toString();
    }

    /**
     * A model for comparisons: names sorted, and columns too, since ADD COLUMN can only append; enum labels too,
     * since a label order alone is no change (EnumValuePlan).
     */
    static SchemaModel canonical(SchemaModel m) {
        return new SchemaModel(m.tables().stream()
                .map(t -> t.withColumns(t.columns().stream().sorted(Comparator.comparing(Column::name)).toList()))
                .toList(), m.sequences(),
                m.enums().stream().map(e -> new EnumType(e.name(), e.values().stream().sorted().toList())).toList(),
                m.schemas(), m.casts()).sorted();
    }

    private SchemaModel model() {
        return new SchemaModel(List.copyOf(tables.values()), List.copyOf(sequences.values()),
                enums.entrySet().stream().map(e -> new EnumType(e.getKey(), e.getValue())).toList(), List.of(),
                List.copyOf(casts));
    }

    // ---- checks

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new IllegalStateException(message);
        }
    }

    private Table table(String name) {
        Table t = tables.get(name);
        check(t != null, "no table " + name);
        return t;
    }

    private Column column(String table, String column) {
        return table(table).column(column).orElseThrow(() -> new IllegalStateException("no column " + table + "." + column));
    }

    private void checkType(SqlType type) {
        check(BUILTIN.contains(type.name()) || enums.containsKey(type.name()), "no type " + type.name());
    }

    private static void checkColumns(Table t, List<String> columns, String what) {
        for (String c : columns) {
            check(t.column(c).isPresent(), what + " uses missing column " + t.name() + "." + c);
        }
    }

    private boolean keyCovers(Table t, Set<String> columns) {
        if (t.primaryKey() != null && new HashSet<>(t.primaryKey().columns()).equals(columns)) {
            return true;
        }
        if (t.uniques().stream().anyMatch(u -> new HashSet<>(u.columns()).equals(columns))) {
            return true;
        }
        return t.indexes().stream().anyMatch(i -> i.unique() && i.where() == null
                && i.keys().stream().noneMatch(IndexKey::isExpression)
                && new HashSet<>(i.keys().stream().map(IndexKey::column).toList()).equals(columns));
    }

    /** After {@code changed} replaces the current table, every foreign key into it must still find a key. */
    private void checkForeignKeysStillCovered(Table changed) {
        for (Table t : tables.values()) {
            for (ForeignKey fk : t.foreignKeys()) {
                if (fk.referencedTable().equals(changed.name())) {
                    check(keyCovers(changed, new HashSet<>(fk.referencedColumns())),
                            "foreign key " + fk.name() + " of " + t.name() + " still relies on the key");
                }
            }
        }
    }

    private static boolean uses(Table t, String column) {
        if (t.primaryKey() != null && t.primaryKey().columns().contains(column)) {
            return true;
        }
        if (t.uniques().stream().anyMatch(u -> u.columns().contains(column))) {
            return true;
        }
        if (t.foreignKeys().stream().anyMatch(f -> f.columns().contains(column))) {
            return true;
        }
        return t.indexes().stream().anyMatch(i -> i.include().contains(column)
                || i.keys().stream().anyMatch(k -> column.equals(k.column())));
    }

    private void put(Table t) {
        tables.put(t.name(), t);
    }

    private static <T> List<T> plus(List<T> list, T item) {
        List<T> out = new ArrayList<>(list);
        out.add(item);
        return out;
    }

    // ---- tables

    @Override
    public Void visit(CreateTable op) {
        Table t = op.definition();
        check(!tables.containsKey(t.name()), "table " + t.name() + " exists");
        t.columns().forEach(c -> checkType(c.type()));
        put(t.withForeignKeys(List.of()));
        for (ForeignKey fk : t.foreignKeys()) {
            visit(new AddForeignKey(t.name(), fk));
        }
        return null;
    }

    @Override
    public Void visit(DropTable op) {
        Table t = table(op.table());
        for (Table other : tables.values()) {
            for (ForeignKey fk : other.foreignKeys()) {
                check(!fk.referencedTable().equals(t.name()), "foreign key " + other.name() + "." + fk.name()
                        + " points at " + t.name());
            }
        }
        if (op.existing() != null) {
            check(canonicalTable(t).equals(canonicalTable(op.existing())), "table " + t.name() + " is " + t
                    + " but the drop says " + op.existing());
        }
        tables.remove(t.name());
        return null;
    }

    private static Table canonicalTable(Table t) {
        return t.withColumns(t.columns().stream().sorted(Comparator.comparing(Column::name)).toList()).sorted();
    }

    @Override
    public Void visit(RenameTable op) {
        table(op.table());
        check(!tables.containsKey(op.newName()), "table " + op.newName() + " exists");
        replaceAll(RenameDetection.renameTable(model(), op.table(), op.newName()));
        return null;
    }

    /** Replaces every table by the model's (a rename changes the table and the foreign keys that name it). */
    private void replaceAll(SchemaModel m) {
        tables.clear();
        m.tables().forEach(t -> tables.put(t.name(), t));
    }

    @Override
    public Void visit(SetTableComment op) {
        Table t = table(op.table());
        if (op.fromKnown()) {
            check(Objects.equals(t.comment(), op.from()), "comment of " + t.name() + " is " + t.comment());
        }
        put(t.withComment(op.to()));
        return null;
    }

    // ---- columns

    @Override
    public Void visit(AddColumn op) {
        Table t = table(op.table());
        check(t.column(op.column().name()).isEmpty(), "column " + op.column().name() + " exists");
        checkType(op.column().type());
        put(t.withColumns(plus(t.columns(), op.column())));
        return null;
    }

    @Override
    public Void visit(DropColumn op) {
        Table t = table(op.table());
        Column c = column(op.table(), op.column());
        if (op.existing() != null) {
            check(c.equals(op.existing()), "column is " + c + " but the drop says " + op.existing());
        }
        check(!uses(t, c.name()), "a key, foreign key or index of " + t.name() + " still uses " + c.name());
        for (Table other : tables.values()) {
            for (ForeignKey fk : other.foreignKeys()) {
                check(!(fk.referencedTable().equals(t.name()) && fk.referencedColumns().contains(c.name())),
                        "foreign key " + fk.name() + " references " + t.name() + "." + c.name());
            }
        }
        put(t.withColumns(t.columns().stream().filter(x -> !x.name().equals(c.name())).toList()));
        return null;
    }

    @Override
    public Void visit(RenameColumn op) {
        column(op.table(), op.column());
        check(table(op.table()).column(op.newName()).isEmpty(), "column " + op.table() + "." + op.newName() + " exists");
        replaceAll(RenameDetection.renameColumn(model(), op.table(), op.column(), op.newName()));
        return null;
    }

    @Override
    public Void visit(AlterColumnType op) {
        Column c = column(op.table(), op.column());
        if (op.from() != null) {
            check(c.type().equals(op.from()), "type is " + c.type() + " not " + op.from());
        }
        checkType(op.to());
        check(c.defaultExpression() == null || c.defaultExpression().contains("nextval")
                        || c.defaultExpression().equals(defaultFor(op.to(), c.defaultExpression())),
                "the default " + c.defaultExpression() + " would have to be cast to " + op.to());
        check(java.util.Objects.equals(c.collation(), op.fromCollation()),
                "collation is " + c.collation() + " not " + op.fromCollation());
        // PostgreSQL gives the column the new type's default collation unless the statement names one
        put(table(op.table()).withColumn(c.name(), x -> x.withType(op.to()).withCollation(op.toCollation())));
        return null;
    }

    /** Test models write typed defaults as {@code 'v'::type}; such a default cannot survive a type change. */
    private static String defaultFor(SqlType to, String expression) {
        int cast = expression.indexOf("::");
        return cast < 0 ? expression : expression.substring(0, cast) + "::" + to.name();
    }

    @Override
    public Void visit(AlterColumnNullable op) {
        Table t = table(op.table());
        Column c = column(op.table(), op.column());
        check(c.nullable() != op.nullable(), "nullability of " + c.name() + " is already " + c.nullable());
        if (op.nullable()) {
            check(t.primaryKey() == null || !t.primaryKey().columns().contains(c.name()),
                    c.name() + " is in the primary key");
            check(c.identity() == null, c.name() + " is an identity column");
        }
        put(t.withColumn(c.name(), x -> x.withNullable(op.nullable())));
        return null;
    }

    @Override
    public Void visit(AlterColumnDefault op) {
        Column c = column(op.table(), op.column());
        if (op.fromKnown()) {
            check(Objects.equals(c.defaultExpression(), op.from()), "default is " + c.defaultExpression());
        }
        check(op.to() == null || c.identity() == null, c.name() + " is an identity column");
        put(table(op.table()).withColumn(c.name(), x -> x.withDefault(op.to())));
        return null;
    }

    @Override
    public Void visit(AlterColumnIdentity op) {
        Column c = column(op.table(), op.column());
        check(Objects.equals(c.identity(), op.from()), "identity is " + c.identity());
        if (op.to() != null) {
            check(!c.nullable(), c.name() + " must be NOT NULL before it becomes an identity");
            check(c.defaultExpression() == null, c.name() + " still has a default");
        }
        put(table(op.table()).withColumn(c.name(), x -> x.withIdentity(op.to())));
        return null;
    }

    @Override
    public Void visit(SetColumnComment op) {
        Column c = column(op.table(), op.column());
        if (op.fromKnown()) {
            check(Objects.equals(c.comment(), op.from()), "comment is " + c.comment());
        }
        put(table(op.table()).withColumn(c.name(), x -> x.withComment(op.to())));
        return null;
    }

    // ---- keys and constraints

    @Override
    public Void visit(AddPrimaryKey op) {
        Table t = table(op.table());
        check(t.primaryKey() == null, t.name() + " has a primary key");
        checkColumns(t, op.primaryKey().columns(), "primary key");
        for (String c : op.primaryKey().columns()) {
            check(!t.column(c).orElseThrow().nullable(), "primary key column " + c + " is nullable");
        }
        put(t.withPrimaryKey(op.primaryKey()));
        return null;
    }

    @Override
    public Void visit(DropPrimaryKey op) {
        Table t = table(op.table());
        check(t.primaryKey() != null, t.name() + " has no primary key");
        if (op.existing() != null) {
            check(t.primaryKey().equals(op.existing()), "primary key is " + t.primaryKey());
        }
        Table changed = t.withPrimaryKey(null);
        checkForeignKeysStillCovered(changed);
        put(changed);
        return null;
    }

    @Override
    public Void visit(AddUniqueConstraint op) {
        Table t = table(op.table());
        check(t.uniques().stream().noneMatch(u -> u.name().equals(op.constraint().name())), "unique exists");
        checkColumns(t, op.constraint().columns(), "unique constraint");
        put(t.withUniques(plus(t.uniques(), op.constraint())));
        return null;
    }

    @Override
    public Void visit(DropUniqueConstraint op) {
        Table t = table(op.table());
        UniqueConstraint u = t.uniques().stream().filter(x -> x.name().equals(op.name())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no unique " + op.name()));
        if (op.existing() != null) {
            check(u.equals(op.existing()), "unique is " + u);
        }
        Table changed = t.withUniques(t.uniques().stream().filter(x -> !x.equals(u)).toList());
        checkForeignKeysStillCovered(changed);
        put(changed);
        return null;
    }

    @Override
    public Void visit(AddForeignKey op) {
        Table t = table(op.table());
        ForeignKey fk = op.foreignKey();
        check(t.foreignKey(fk.name()).isEmpty(), "foreign key " + fk.name() + " exists");
        checkColumns(t, fk.columns(), "foreign key");
        Table target = table(fk.referencedTable());
        checkColumns(target, fk.referencedColumns(), "foreign key target");
        check(keyCovers(target, new HashSet<>(fk.referencedColumns())), "no key on " + target.name() + " "
                + fk.referencedColumns());
        put(t.withForeignKeys(plus(t.foreignKeys(), fk)));
        return null;
    }

    @Override
    public Void visit(DropForeignKey op) {
        Table t = table(op.table());
        ForeignKey fk = t.foreignKey(op.name()).orElseThrow(() -> new IllegalStateException("no foreign key " + op.name()));
        if (op.existing() != null) {
            check(fk.equals(op.existing()), "foreign key is " + fk);
        }
        put(t.withForeignKeys(t.foreignKeys().stream().filter(x -> !x.equals(fk)).toList()));
        return null;
    }

    @Override
    public Void visit(AddCheckConstraint op) {
        Table t = table(op.table());
        check(t.checks().stream().noneMatch(c -> c.name().equals(op.constraint().name())), "check exists");
        put(t.withChecks(plus(t.checks(), op.constraint())));
        return null;
    }

    @Override
    public Void visit(DropCheckConstraint op) {
        Table t = table(op.table());
        CheckConstraint c = t.checks().stream().filter(x -> x.name().equals(op.name())).findFirst()
                .orElseThrow(() -> new IllegalStateException("no check " + op.name()));
        if (op.existing() != null) {
            check(c.equals(op.existing()), "check is " + c);
        }
        put(t.withChecks(t.checks().stream().filter(x -> !x.equals(c)).toList()));
        return null;
    }

    @Override
    public Void visit(CreateIndex op) {
        Table t = table(op.table());
        check(t.index(op.index().name()).isEmpty(), "index " + op.index().name() + " exists");
        checkColumns(t, op.index().keys().stream().filter(k -> !k.isExpression()).map(IndexKey::column).toList(),
                "index");
        checkColumns(t, op.index().include(), "index");
        put(t.withIndexes(plus(t.indexes(), op.index())));
        return null;
    }

    @Override
    public Void visit(DropIndex op) {
        Table t = table(op.table());
        Index i = t.index(op.name()).orElseThrow(() -> new IllegalStateException("no index " + op.name()));
        if (op.existing() != null) {
            check(i.equals(op.existing()), "index is " + i);
        }
        Table changed = t.withIndexes(t.indexes().stream().filter(x -> !x.equals(i)).toList());
        checkForeignKeysStillCovered(changed);
        put(changed);
        return null;
    }

    // ---- sequences

    @Override
    public Void visit(CreateSequence op) {
        check(!sequences.containsKey(op.sequence().name()), "sequence exists");
        sequences.put(op.sequence().name(), op.sequence());
        return null;
    }

    @Override
    public Void visit(DropSequence op) {
        Sequence s = sequences.get(op.name());
        check(s != null, "no sequence " + op.name());
        if (op.existing() != null) {
            check(s.equals(op.existing()), "sequence is " + s);
        }
        for (Table t : tables.values()) {
            for (Column c : t.columns()) {
                check(c.defaultExpression() == null || !c.defaultExpression().contains("'" + op.name() + "'"),
                        "column " + t.name() + "." + c.name() + " still uses sequence " + op.name());
            }
        }
        sequences.remove(op.name());
        return null;
    }

    @Override
    public Void visit(AlterSequence op) {
        Sequence s = sequences.get(op.name());
        check(s != null && s.equals(op.from()), "sequence is " + s);
        sequences.put(op.name(), op.to());
        return null;
    }

    // ---- enums

    @Override
    public Void visit(CreateEnumType op) {
        check(!enums.containsKey(op.enumType().name()), "enum exists");
        enums.put(op.enumType().name(), new ArrayList<>(op.enumType().values()));
        return null;
    }

    @Override
    public Void visit(DropEnumType op) {
        List<String> values = enums.get(op.name());
        check(values != null, "no enum " + op.name());
        if (op.existing() != null) {
            check(values.equals(op.existing().values()), "enum is " + values);
        }
        for (Table t : tables.values()) {
            for (Column c : t.columns()) {
                check(!c.type().name().equals(op.name()), "column " + t.name() + "." + c.name() + " uses " + op.name());
            }
        }
        check(casts.stream().noneMatch(c -> c.between(op.name())),
                "casts of " + op.name() + " remain: drop them first, so that the downgrade creates them again");
        enums.remove(op.name());
        return null;
    }

    @Override
    public Void visit(CreateCast op) {
        Cast c = op.cast();
        check(enums.containsKey(c.enumType()) && c.between(c.enumType()), "no enum type for cast " + c.pair());
        check(casts.stream().noneMatch(c::samePair), "cast " + c.pair() + " exists");
        casts.add(c);
        return null;
    }

    @Override
    public Void visit(DropCast op) {
        Cast have = casts.stream().filter(c -> c.source().equals(op.source()) && c.target().equals(op.target()))
                .findFirst().orElse(null);
        check(have != null, "no cast (" + op.source() + " as " + op.target() + ")");
        check(op.existing() == null || op.existing().equals(have), "cast is " + have);
        casts.remove(have);
        return null;
    }

    @Override
    public Void visit(AddEnumValue op) {
        List<String> values = enums.get(op.type());
        check(values != null, "no enum " + op.type());
        check(!values.contains(op.value()), "enum " + op.type() + " has " + op.value());
        if (op.before() != null) {
            check(values.contains(op.before()), "no value " + op.before());
            values.add(values.indexOf(op.before()), op.value());
        } else if (op.after() != null) {
            check(values.contains(op.after()), "no value " + op.after());
            values.add(values.indexOf(op.after()) + 1, op.value());
        } else {
            values.add(op.value());
        }
        return null;
    }

    @Override
    public Void visit(DropEnumValue op) {
        List<String> values = enums.get(op.type());
        check(values != null && values.contains(op.value()), "no value " + op.value());
        int i = values.indexOf(op.value());
        // The recorded neighbours are what the reverse uses to put the value back.
        check(op.before() == null || Objects.equals(op.before(), i + 1 < values.size() ? values.get(i + 1) : null),
                "value after " + op.value() + " is not " + op.before() + " in " + values);
        check(op.after() == null || Objects.equals(op.after(), i > 0 ? values.get(i - 1) : null),
                "value before " + op.value() + " is not " + op.after() + " in " + values);
        for (Table t : tables.values()) {
            for (Column c : t.columns()) {
                check(!("'" + op.value() + "'::" + op.type()).equals(c.defaultExpression()),
                        "the default of " + t.name() + "." + c.name() + " still names " + op.value());
            }
        }
        values.remove(i);
        return null;
    }

    @Override
    public Void visit(ExecuteSql op) {
        throw new IllegalStateException("raw SQL cannot be applied to a model");
    }

    @Override
    public Void visit(RunJdbc op) {
        throw new IllegalStateException("JDBC work cannot be applied to a model");
    }

    // ---- renames of constraints and indexes

    @Override
    public Void visit(RenameConstraint op) {
        Table t = table(op.table());
        check(!constraintNames(t).contains(op.newName()), t.name() + " has a constraint " + op.newName());
        if (t.primaryKey() != null && op.name().equals(t.primaryKey().name())) {
            checkIndexNameFree(op.newName());
            put(t.withPrimaryKey(t.primaryKey().withName(op.newName())));
        } else if (t.uniques().stream().anyMatch(u -> u.name().equals(op.name()))) {
            checkIndexNameFree(op.newName());
            put(t.withUniques(t.uniques().stream()
                    .map(u -> u.name().equals(op.name()) ? u.withName(op.newName()) : u).toList()));
        } else if (t.foreignKeys().stream().anyMatch(f -> f.name().equals(op.name()))) {
            put(t.withForeignKeys(t.foreignKeys().stream()
                    .map(f -> f.name().equals(op.name()) ? f.withName(op.newName()) : f).toList()));
        } else if (t.checks().stream().anyMatch(c -> c.name().equals(op.name()))) {
            put(t.withChecks(t.checks().stream()
                    .map(c -> c.name().equals(op.name()) ? c.withName(op.newName()) : c).toList()));
        } else {
            throw new IllegalStateException("no constraint " + op.name() + " on " + t.name());
        }
        return null;
    }

    @Override
    public Void visit(RenameIndex op) {
        Table t = table(op.table());
        t.index(op.name()).orElseThrow(() -> new IllegalStateException("no index " + op.name()));
        checkIndexNameFree(op.newName());
        put(t.withIndexes(t.indexes().stream()
                .map(i -> i.name().equals(op.name()) ? i.withName(op.newName()) : i).toList()));
        return null;
    }

    private static Set<String> constraintNames(Table t) {
        Set<String> out = new java.util.HashSet<>();
        if (t.primaryKey() != null && t.primaryKey().name() != null) {
            out.add(t.primaryKey().name());
        }
        t.uniques().forEach(u -> out.add(u.name()));
        t.foreignKeys().forEach(f -> out.add(f.name()));
        t.checks().forEach(c -> out.add(c.name()));
        return out;
    }

    /** Index names, and the names of the indexes behind keys, are unique in the schema. */
    private void checkIndexNameFree(String name) {
        for (Table x : tables.values()) {
            boolean used = x.indexes().stream().anyMatch(i -> i.name().equals(name))
                    || x.uniques().stream().anyMatch(u -> u.name().equals(name))
                    || x.primaryKey() != null && name.equals(x.primaryKey().name());
            check(!used, "an index named " + name + " exists on " + x.name());
        }
    }

    /** Schemas are not modelled here: the applier holds one schema's objects. */
    @Override
    public Void visit(CreateSchema op) {
        return null;
    }

    @Override
    public Void visit(DropSchema op) {
        return null;
    }
}
