package dev.retort.normalize;

import dev.retort.model.Column;
import dev.retort.model.Deferrable;
import dev.retort.model.ForeignKey;
import dev.retort.model.Index;
import dev.retort.model.IndexKey;
import dev.retort.model.PrimaryKey;
import dev.retort.model.SchemaModel;
import dev.retort.model.Table;
import dev.retort.model.UniqueConstraint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.BinaryOperator;
import java.util.function.Function;

/**
 * The one place of the rule for attributes the entities cannot state, or do not: on the desired side such an
 * attribute has its neutral value, and that value means "not stated", never "remove it". Each desired object
 * that matches a live one takes the live value of every attribute it leaves neutral, so the diff compares
 * only what the entities say:
 * <ul>
 *   <li>{@code DEFERRABLE} / {@code INITIALLY DEFERRED} of primary keys, unique constraints and foreign keys,
 *       {@code MATCH FULL} of foreign keys, {@code NULLS NOT DISTINCT} of unique constraints and unique
 *       indexes: Hibernate's DDL never states them, so the live value is always kept;</li>
 *   <li>a column's collation: stated by {@code @Column(columnDefinition = "varchar(100) collate \"C\"")}, and
 *       then compared; a column without one keeps the live collation;</li>
 *   <li>an index key's collation and operator class: kept from the live key when the desired key has none;</li>
 *   <li>the order of a primary key's columns: Hibernate decides it (alphabetical for {@code @IdClass} and
 *       {@code @EmbeddedId}, its column ordering strategy for join tables), the mapping cannot state it, so a
 *       primary key on the same columns in another order (a hand-written {@code primary key (vet_id,
 *       specialty_id)}) is the same key, never dropped and re-added; so is a foreign key that pairs the same
 *       columns with the same referenced columns, in the order of that key.</li>
 * </ul>
 * A desired object matches the live object of the same name, even when it changes otherwise (a unique
 * constraint over other columns stays deferrable); failing that, the only live object of the table it equals
 * once it has taken the live values, but for the name (a key renamed, or names that do not matter). An index
 * key takes the live key's collation and operator class only when it is on the same column or expression. A
 * desired object with no match is created as the entities state it.
 *
 * <p>It applies to a desired schema from the entities only: comparing two live schemas (a downgrade's result
 * with the schema before the upgrade) compares every attribute.
 */
public final class UnstatedAttributes {
    private UnstatedAttributes() {
    }

    /** {@code desired} with the live value of every attribute it leaves unstated, object by object. */
    public static SchemaModel keepLive(SchemaModel desired, SchemaModel live) {
        Map<List<String>, Table> liveTables = new HashMap<>();
        for (Table t : live.tables()) {
            liveTables.putIfAbsent(key(t), t);
        }
        List<Table> tables = new ArrayList<>();
        for (Table d : desired.tables()) {
            Table l = liveTables.get(key(d));
            tables.add(l == null ? d : table(d, l));
        }
        return desired.withTables(tables);
    }

    /** A table's schema (null: the project's) and name. */
    private static List<String> key(Table t) {
        return java.util.Arrays.asList(t.schema(), t.name());
    }

    private static Table table(Table d, Table l) {
        List<Column> columns = d.columns().stream()
                .map(c -> l.column(c.name()).map(lc -> column(c, lc)).orElse(c))
                .toList();
        PrimaryKey pk = d.primaryKey();
        if (pk != null && l.primaryKey() != null && pk.columns().size() == l.primaryKey().columns().size()
                && new java.util.HashSet<>(pk.columns()).equals(new java.util.HashSet<>(l.primaryKey().columns()))) {
            pk = pk.withColumns(l.primaryKey().columns());
        }
        if (pk != null && l.primaryKey() != null) {
            PrimaryKey kept = primaryKey(pk, l.primaryKey());
            if (kept.withName(null).equals(l.primaryKey().withName(null))) {
                pk = kept;
            }
        }
        return d.withColumns(columns)
                .withPrimaryKey(pk)
                .withUniques(matched(d.uniques(), l.uniques(), UniqueConstraint::name, UnstatedAttributes::unique,
                        (k, u) -> k.equals(u.withName(k.name()))))
                .withForeignKeys(matched(d.foreignKeys(), l.foreignKeys(), ForeignKey::name,
                        UnstatedAttributes::foreignKey, (k, f) -> k.equals(f.withName(k.name()))))
                .withIndexes(matched(d.indexes(), l.indexes(), Index::name, UnstatedAttributes::index,
                        (k, i) -> k.equals(i.withName(k.name()).withValid(k.valid()))));
    }

    /**
     * Each desired object with the live values of the attributes it leaves unstated ({@code keep}), from the live
     * object of the same name, or else from the only live object that {@code same} finds equal to the kept object
     * but for the name (and, for an index, its validity, which is no attribute: a live index left invalid lends
     * its attributes to the one built again).
     */
    private static <T> List<T> matched(List<T> desired, List<T> live, Function<T, String> name,
                                       BinaryOperator<T> keep, BiPredicate<T, T> same) {
        List<T> out = new ArrayList<>();
        for (T d : desired) {
            T sameName = live.stream().filter(l -> name.apply(l).equals(name.apply(d))).findFirst().orElse(null);
            if (sameName != null) {
                out.add(keep.apply(d, sameName));
                continue;
            }
            List<T> candidates = live.stream().filter(l -> same.test(keep.apply(d, l), l)).toList();
            out.add(candidates.size() == 1 ? keep.apply(d, candidates.get(0)) : d);
        }
        return out;
    }

    private static Column column(Column d, Column l) {
        return d.collation() == null && l.collation() != null ? d.withCollation(l.collation()) : d;
    }

    private static Deferrable deferrable(Deferrable d, Deferrable l) {
        return d == Deferrable.NOT_DEFERRABLE ? l : d;
    }

    private static PrimaryKey primaryKey(PrimaryKey d, PrimaryKey l) {
        return d.withDeferrable(deferrable(d.deferrable(), l.deferrable()));
    }

    private static UniqueConstraint unique(UniqueConstraint d, UniqueConstraint l) {
        return d.withDeferrable(deferrable(d.deferrable(), l.deferrable()))
                .withNullsNotDistinct(d.nullsNotDistinct() || l.nullsNotDistinct());
    }

    private static ForeignKey foreignKey(ForeignKey d, ForeignKey l) {
        ForeignKey kept = samePairs(d, l) ? d.withColumns(l.columns(), d.referencedTable(), l.referencedColumns()) : d;
        return kept.withDeferrable(deferrable(d.deferrable(), l.deferrable())).withMatchFull(d.matchFull() || l.matchFull());
    }

    /**
     * Whether two foreign keys of one table pair the same columns with the same referenced columns, in any order:
     * the order follows the referenced primary key's, which Hibernate chooses.
     */
    private static boolean samePairs(ForeignKey d, ForeignKey l) {
        if (!d.referencedTable().equals(l.referencedTable())
                || !java.util.Objects.equals(d.referencedSchema(), l.referencedSchema())
                || d.columns().size() != l.columns().size() || d.columns().equals(l.columns())) {
            return false;
        }
        java.util.Set<List<String>> pairs = new java.util.HashSet<>();
        for (int i = 0; i < d.columns().size(); i++) {
            pairs.add(List.of(d.columns().get(i), d.referencedColumns().get(i)));
        }
        for (int i = 0; i < l.columns().size(); i++) {
            if (!pairs.contains(List.of(l.columns().get(i), l.referencedColumns().get(i)))) {
                return false;
            }
        }
        return true;
    }

    private static Index index(Index d, Index l) {
        // a key takes the live key's collation and operator class only on the same column or expression: an
        // operator class is made for one type, and may not apply to another column's
        List<IndexKey> keys = new ArrayList<>();
        for (int i = 0; i < d.keys().size(); i++) {
            IndexKey dk = d.keys().get(i);
            IndexKey lk = i < l.keys().size() ? l.keys().get(i) : null;
            if (lk != null && java.util.Objects.equals(dk.column(), lk.column())
                    && java.util.Objects.equals(dk.expression(), lk.expression())) {
                dk = dk.withCollation(dk.collation() != null ? dk.collation() : lk.collation())
                        .withOpclass(dk.opclass() != null ? dk.opclass() : lk.opclass());
            }
            keys.add(dk);
        }
        return d.withKeys(keys, d.include()).withNullsNotDistinct(d.nullsNotDistinct() || l.nullsNotDistinct());
    }
}
