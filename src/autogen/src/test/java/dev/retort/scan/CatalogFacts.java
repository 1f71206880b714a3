package dev.retort.scan;

import dev.retort.dialect.postgres.PgTypes;
import dev.retort.testing.TestDatabase;

import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads {@link SchemaFacts} from {@code pg_catalog}: tables, columns ({@code format_type} parsed with
 * {@link PgTypes#parse}), constraints, indexes that back no constraint, sequences that belong to no identity
 * column, and enum types. Objects of {@code defaultSchema} (public when null) get bare names.
 */
final class CatalogFacts {
    private static final String USER_SCHEMAS =
            " not in ('pg_catalog', 'information_schema') and %s not like 'pg_toast%%' ";

    private CatalogFacts() {
    }

    static SchemaFacts read(TestDatabase db, String defaultSchema) throws SQLException {
        String home = Objects.requireNonNullElse(defaultSchema, "public");
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            Map<String, TableBuilder> tables = new LinkedHashMap<>();
            try (ResultSet rs = s.executeQuery("select n.nspname, c.relname, obj_description(c.oid, 'pg_class')"
                    + " from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                    + " where c.relkind in ('r', 'p') and n.nspname" + schemas("n.nspname"))) {
                while (rs.next()) {
                    String name = name(home, rs.getString(1), rs.getString(2));
                    tables.put(name, new TableBuilder(name, rs.getString(3)));
                }
            }
            try (ResultSet rs = s.executeQuery("select n.nspname, c.relname, a.attname,"
                    + " format_type(a.atttypid, a.atttypmod), a.attnotnull, a.attidentity, a.attgenerated,"
                    + " d.adbin is not null, col_description(c.oid, a.attnum)"
                    + " from pg_attribute a join pg_class c on c.oid = a.attrelid"
                    + " join pg_namespace n on n.oid = c.relnamespace"
                    + " left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum"
                    + " where c.relkind in ('r', 'p') and a.attnum > 0 and not a.attisdropped and n.nspname"
                    + schemas("n.nspname") + " order by n.nspname, c.relname, a.attnum")) {
                while (rs.next()) {
                    String identity = switch (rs.getString(6)) {
                        case "a" -> "always";
                        case "d" -> "by default";
                        default -> null;
                    };
                    boolean generated = "s".equals(rs.getString(7));
                    tables.get(name(home, rs.getString(1), rs.getString(2))).columns.add(new SchemaFacts.ColumnFacts(
                            rs.getString(3), PgTypes.parse(rs.getString(4)), !rs.getBoolean(5),
                            rs.getBoolean(8) && !generated, identity, generated, rs.getString(9)));
                }
            }
            try (ResultSet rs = s.executeQuery("select n.nspname, c.relname, con.conname, con.contype,"
                    + " array(select a.attname::text from unnest(con.conkey) with ordinality k(num, ord)"
                    + "   join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.num order by k.ord),"
                    + " rn.nspname, rc.relname,"
                    + " array(select a.attname::text from unnest(con.confkey) with ordinality k(num, ord)"
                    + "   join pg_attribute a on a.attrelid = con.confrelid and a.attnum = k.num order by k.ord),"
                    + " con.confdeltype, con.confupdtype"
                    + " from pg_constraint con join pg_class c on c.oid = con.conrelid"
                    + " join pg_namespace n on n.oid = c.relnamespace"
                    + " left join pg_class rc on rc.oid = con.confrelid"
                    + " left join pg_namespace rn on rn.oid = rc.relnamespace"
                    + " where con.contype in ('p', 'u', 'c', 'f') and n.nspname" + schemas("n.nspname"))) {
                while (rs.next()) {
                    TableBuilder t = tables.get(name(home, rs.getString(1), rs.getString(2)));
                    String conname = rs.getString(3);
                    List<String> columns = strings(rs.getArray(5));
                    switch (rs.getString(4)) {
                        case "p" -> t.primaryKey = conname + " " + columns;
                        case "u" -> t.uniques.add(conname + " " + columns);
                        case "c" -> t.checks.add(conname);
                        case "f" -> t.foreignKeys.add(SchemaFacts.foreignKey(conname, columns,
                                name(home, rs.getString(6), rs.getString(7)), strings(rs.getArray(8)),
                                action(rs.getString(9)), action(rs.getString(10))));
                        default -> throw new IllegalStateException(rs.getString(4));
                    }
                }
            }
            try (ResultSet rs = s.executeQuery("select n.nspname, t.relname, i.relname, ix.indisunique,"
                    + " array(select pg_get_indexdef(ix.indexrelid, k, true)"
                    + "   || case when ix.indoption[k - 1] & 1 = 1 then ' desc' else '' end"
                    + "   from generate_series(1, ix.indnkeyatts) k order by k),"
                    + " ix.indpred is not null"
                    + " from pg_index ix join pg_class i on i.oid = ix.indexrelid"
                    + " join pg_class t on t.oid = ix.indrelid join pg_namespace n on n.oid = t.relnamespace"
                    + " where not exists (select 1 from pg_constraint con where con.conindid = ix.indexrelid)"
                    + " and n.nspname" + schemas("n.nspname"))) {
                while (rs.next()) {
                    tables.get(name(home, rs.getString(1), rs.getString(2))).indexes.add(SchemaFacts.index(
                            rs.getString(3), rs.getBoolean(4), strings(rs.getArray(5)), rs.getBoolean(6)));
                }
            }
            List<String> sequences = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("select n.nspname, c.relname, q.seqstart, q.seqincrement"
                    + " from pg_sequence q join pg_class c on c.oid = q.seqrelid"
                    + " join pg_namespace n on n.oid = c.relnamespace"
                    + " where not exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype in ('i', 'a')"
                    + "   and d.refobjsubid > 0)")) {
                while (rs.next()) {
                    sequences.add(name(home, rs.getString(1), rs.getString(2)) + " start " + rs.getLong(3)
                            + " increment " + rs.getLong(4));
                }
            }
            List<String> enums = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("select n.nspname, t.typname,"
                    + " array_agg(e.enumlabel::text order by e.enumsortorder)"
                    + " from pg_type t join pg_enum e on e.enumtypid = t.oid"
                    + " join pg_namespace n on n.oid = t.typnamespace group by 1, 2")) {
                while (rs.next()) {
                    enums.add(name(home, rs.getString(1), rs.getString(2)) + " " + strings(rs.getArray(3)));
                }
            }
            return new SchemaFacts(
                    tables.values().stream().map(TableBuilder::build)
                            .sorted(Comparator.comparing(SchemaFacts.TableFacts::name)).toList(),
                    sequences.stream().sorted().toList(), enums.stream().sorted().toList());
        }
    }

    private static String schemas(String column) {
        return String.format(USER_SCHEMAS, column);
    }

    private static String name(String home, String schema, String name) {
        return schema.equals(home) ? name : schema + "." + name;
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }

    private static String action(String code) {
        return switch (code) {
            case "a" -> "NO ACTION";
            case "r" -> "RESTRICT";
            case "c" -> "CASCADE";
            case "n" -> "SET NULL";
            case "d" -> "SET DEFAULT";
            default -> throw new IllegalStateException("referential action " + code);
        };
    }

    private static final class TableBuilder {
        final String name;
        final String comment;
        final List<SchemaFacts.ColumnFacts> columns = new ArrayList<>();
        final List<String> uniques = new ArrayList<>();
        final List<String> checks = new ArrayList<>();
        final List<String> foreignKeys = new ArrayList<>();
        final List<String> indexes = new ArrayList<>();
        String primaryKey;

        TableBuilder(String name, String comment) {
            this.name = name;
            this.comment = comment;
        }

        SchemaFacts.TableFacts build() {
            return new SchemaFacts.TableFacts(name, columns, primaryKey, uniques.stream().sorted().toList(),
                    checks.stream().sorted().toList(), foreignKeys.stream().sorted().toList(),
                    indexes.stream().sorted().toList(), comment);
        }
    }
}
