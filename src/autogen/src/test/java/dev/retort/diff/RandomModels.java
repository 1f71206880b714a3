package dev.retort.diff;

import dev.retort.model.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Random but consistent schema models over a small universe of names, so that two of them differ in many
 * ways at once: tables, columns of every kind, keys, foreign keys, indexes, checks, sequences, enum values.
 */
final class RandomModels {
    private static final List<String> TABLES = List.of("customers", "orders", "items", "notes");

    private final Random r;
    /**
     * Draws the attributes a hand-built database adds (deferrable, MATCH FULL, NULLS NOT DISTINCT, collations,
     * operator classes), apart from {@link #r} so that the models drawn before they existed stay the same.
     */
    private final Random attributes;

    RandomModels(long seed) {
        this.r = new Random(seed);
        this.attributes = new Random(seed * 31 + 7);
    }

    private boolean attribute(int percent) {
        return attributes.nextInt(100) < percent;
    }

    private Deferrable deferrable() {
        return Deferrable.values()[attributes.nextInt(Deferrable.values().length)];
    }

    private <T> T pick(List<T> options) {
        return options.get(r.nextInt(options.size()));
    }

    private boolean chance(int percent) {
        return r.nextInt(100) < percent;
    }

    SchemaModel next() {
        List<EnumType> enums = new ArrayList<>();
        if (chance(60)) {
            enums.add(new EnumType("mood", subset(List.of("sad", "ok", "happy", "meh", "angry"))));
        }
        if (chance(60)) {
            enums.add(new EnumType("status", subset(List.of("new", "paid", "shipped", "cancelled"))));
        }
        List<Sequence> sequences = new ArrayList<>();
        if (chance(50)) {
            sequences.add(new Sequence("seq_a", pick(List.of(1L, 100L)), pick(List.of(1L, 5L))));
        }
        if (chance(50)) {
            sequences.add(new Sequence("seq_b", 1, 1));
        }
        List<Table> tables = new ArrayList<>();
        for (String name : TABLES) {
            if (chance(75)) {
                tables.add(table(name, enums, sequences));
            }
        }
        List<Table> withFks = new ArrayList<>();
        for (Table t : tables) {
            withFks.add(foreignKeys(t, tables));
        }
        Collections.shuffle(withFks, r);
        // the casts Hibernate creates for a named enum, sometimes only one, sometimes an assignment cast
        List<Cast> casts = new ArrayList<>();
        for (EnumType e : enums) {
            if (chance(70)) {
                casts.add(chance(20) ? new Cast(Cast.VARCHAR, e.name(), Cast.Context.ASSIGNMENT, Cast.Method.INOUT, null)
                        : Cast.implicitInout(Cast.VARCHAR, e.name()));
            }
            if (chance(70)) {
                casts.add(Cast.implicitInout(e.name(), Cast.VARCHAR));
            }
        }
        return new SchemaModel(withFks, sequences, enums, List.of(), casts);
    }

    /** A non-empty subset in shuffled or original order. */
    private List<String> subset(List<String> pool) {
        List<String> out = new ArrayList<>();
        for (String v : pool) {
            if (chance(70)) {
                out.add(v);
            }
        }
        if (out.isEmpty()) {
            out.add(pool.get(0));
        }
        if (chance(30)) {
            Collections.shuffle(out, r);
        }
        return out;
    }

    private Table table(String name, List<EnumType> enums, List<Sequence> sequences) {
        List<Column> columns = new ArrayList<>();
        Identity identity = pick(java.util.Arrays.asList(null, Identity.byDefault(), Identity.generatedAlways(),
                new Identity(false, 100L, 10L)));
        Column id = Column.of("id", SqlType.of(pick(List.of("integer", "bigint")))).withNullable(false)
                .withIdentity(identity);
        if (identity == null && !sequences.isEmpty() && chance(50)) {
            id = id.withDefault("nextval('" + sequences.get(0).name() + "'::regclass)");
        }
        columns.add(id);
        boolean codeInKey = chance(20);
        if (codeInKey || chance(60)) {
            columns.add(column("code", pick(List.of(SqlType.withLength("varchar", 10), SqlType.withLength("varchar", 20),
                    SqlType.of("text")))).withNullable(!codeInKey && chance(50))
                    .withCollation(attribute(30) ? "C" : null));
        }
        boolean amount = chance(60);
        if (amount) {
            columns.add(column("amount", pick(List.of(SqlType.withPrecision("numeric", 10, 2),
                    SqlType.withPrecision("numeric", 12, 2), SqlType.withPrecision("numeric", 12, 3))))
                    .withDefault(pick(java.util.Arrays.asList(null, "0", "1"))));
            if (chance(50)) {
                columns.add(column("total", SqlType.withPrecision("numeric", 12, 2))
                        .withGenerated(pick(List.of("amount * 2", "amount * 3"))));
            }
        }
        for (EnumType e : enums) {
            if (chance(60)) {
                String dflt = chance(50) ? "'" + e.values().get(0) + "'::" + e.name() : null;
                columns.add(column(e.name(), SqlType.of(e.name())).withDefault(dflt));
            }
        }
        if (chance(40)) {
            columns.add(column("state", SqlType.of("text")).withDefault(pick(java.util.Arrays.asList(null, "'a'"))));
        }
        if (chance(60)) {
            columns.add(column("created_at", SqlType.withPrecision("timestamptz", pick(List.of(3, 6)), null))
                    .withDefault(pick(java.util.Arrays.asList(null, "now()"))));
        }
        if (chance(60)) {
            columns.add(column("ref_id", SqlType.of("bigint")));
        }
        Collections.shuffle(columns.subList(1, columns.size()), r);
        Table t = new Table(name, columns, null, List.of(), List.of(), List.of(), List.of(),
                pick(java.util.Arrays.asList(null, "about " + name, "all " + name)));
        if (chance(80)) {
            List<String> pk = codeInKey ? List.of("id", "code") : List.of("id");
            t = t.withPrimaryKey(new PrimaryKey(pick(List.of("pk_" + name, name + "_pkey")), pk,
                    attribute(20) ? deferrable() : Deferrable.NOT_DEFERRABLE));
        }
        List<UniqueConstraint> uniques = new ArrayList<>();
        if (t.column("code").isPresent() && chance(50)) {
            uniques.add(new UniqueConstraint("uq_" + name + "_code", List.of("code"), deferrable(), attribute(30)));
        }
        if (t.column("code").isPresent() && amount && chance(40)) {
            uniques.add(new UniqueConstraint("uq_" + name + "_code_amount",
                    pick(List.of(List.of("code", "amount"), List.of("amount", "code")))));
        }
        List<CheckConstraint> checks = new ArrayList<>();
        if (amount && chance(50)) {
            checks.add(new CheckConstraint("ck_" + name + "_amount", pick(List.of("amount >= 0", "amount > 0"))));
        }
        if (t.column("total").isPresent() && chance(50)) {
            checks.add(new CheckConstraint("ck_" + name + "_total", "total < 1000000"));
        }
        List<Index> indexes = new ArrayList<>();
        if (t.column("created_at").isPresent() && chance(60)) {
            indexes.add(new Index("ix_" + name + "_created",
                    List.of(chance(50) ? IndexKey.column("created_at") : IndexKey.columnDesc("created_at")),
                    false, null, List.of(), pick(java.util.Arrays.asList(null, "brin"))));
        }
        if (t.column("ref_id").isPresent() && chance(60)) {
            indexes.add(new Index("ix_" + name + "_ref", List.of(IndexKey.column("ref_id")), chance(30),
                    pick(java.util.Arrays.asList(null, "ref_id IS NOT NULL")),
                    t.column("code").isPresent() && chance(50) ? List.of("code") : List.of(), null));
        }
        if (t.column("code").isPresent() && chance(50)) {
            indexes.add(new Index("ux_" + name + "_lower_code", List.of(IndexKey.expression("lower(code)")
                    .withCollation(attribute(20) ? "POSIX" : null)), true, null, List.of(), null, true, attribute(30)));
        }
        if (t.column("code").isPresent() && attribute(40)) {
            indexes.add(Index.on("ix_" + name + "_code_pattern", false, "code")
                    .withKeys(List.of(IndexKey.column("code").withOpclass(attribute(50) ? "text_pattern_ops" : null)
                            .withCollation(attribute(30) ? "POSIX" : null)), List.of()));
        }
        if (t.column("total").isPresent() && chance(50)) {
            indexes.add(Index.on("ix_" + name + "_total", false, "total"));
        }
        if (t.primaryKey() != null && chance(25)) {
            indexes.add(Index.on("ux_" + name + "_id", true, "id"));
        }
        return new Table(name, t.columns(), t.primaryKey(), uniques, checks, List.of(), indexes, t.comment());
    }

    private Column column(String name, SqlType type) {
        return new Column(name, type, chance(60), null, null, null,
                pick(java.util.Arrays.asList(null, null, name + " column", "the " + name)));
    }

    private Table foreignKeys(Table t, List<Table> tables) {
        if (t.column("ref_id").isEmpty() || !chance(70)) {
            return t;
        }
        List<Table> targets = tables.stream().filter(x -> x.primaryKey() != null
                && x.primaryKey().columns().equals(List.of("id"))).toList();
        if (targets.isEmpty()) {
            return t;
        }
        Table target = pick(targets);
        ForeignKey fk = new ForeignKey("fk_" + t.name() + "_ref", List.of("ref_id"), target.name(), List.of("id"),
                pick(List.of(ReferentialAction.NO_ACTION, ReferentialAction.CASCADE, ReferentialAction.SET_NULL)),
                null, attribute(30) ? deferrable() : Deferrable.NOT_DEFERRABLE, attribute(30));
        return t.withForeignKeys(List.of(fk));
    }
}
