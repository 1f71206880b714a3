package dev.retort.autogen;

import dev.retort.io.ContentCache;
import dev.retort.runtime.load.Checksums;
import dev.retort.model.ForeignKey;
import dev.retort.model.SchemaModel;
import dev.retort.model.Table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The canonical form of a scanned model (what PostgreSQL makes of it, {@code ScratchCanonicalizer}), made by a
 * round trip only for what the cache does not hold.
 *
 * <ol>
 *   <li>The whole model seen before (same entities, same server): its form, with no round trip.</li>
 *   <li>Otherwise, table by table ({@link TableForms}): each table's form is kept under a key of its own scanned
 *   definition, the definitions of the tables its foreign keys reference, and the <em>context</em> (the server,
 *   its extensions and search path, Retort's build, and the model's sequences, enum types and casts, which any
 *   table may use). The tables whose key is new, with the tables they reference (without their own foreign keys,
 *   only as targets), go through one round trip; the rest come from the cache.</li>
 *   <li>A full round trip when most tables are new, or when the merged result could differ from a full round trip:
 *   PostgreSQL's choice of a name it makes up (a primary key's {@code t_pkey}, a check's {@code t_c_check}, an
 *   identity sequence's {@code t_id_seq}) depends on which other names exist. So the merged form is used only when
 *   none of the names PostgreSQL made (those the scanned model does not state) carries the number it appends after
 *   a clash, and no two objects of a schema share a relation name, or a constraint name PostgreSQL made.</li>
 * </ol>
 * Nothing else in a table's canonical form depends on other tables: types, defaults, checks and index definitions
 * are printed from the table's own catalog rows, in the same search path, with the same sequences, enum types and
 * casts present.
 */
public final class CanonicalForms {
    private static final String WHOLE = "retort-canonical-2";
    private static final String CONTEXT = "retort-canonical-tables-2";

    /** How a canonical form was obtained. */
    public enum Route {
        /** the whole model was in the cache */
        WHOLE_CACHED,
        /** every table was in the cache: no round trip */
        TABLES_CACHED,
        /** a round trip of the new tables only (and those they reference) */
        PARTIAL_ROUND_TRIP,
        /** a round trip of the whole model */
        FULL_ROUND_TRIP
    }

    /**
     * @param canonical       the canonical form, sorted
     * @param route           how it was obtained
     * @param roundTripTables how many tables the round trip created (0 without one)
     */
    public record Result(SchemaModel canonical, Route route, int roundTripTables) {
    }

    private final ModelCache cache;
    private final double partialShare;

    /** Forms kept in {@code cache}; a round trip of the new tables only when they are at most half of the model. */
    public CanonicalForms(ModelCache cache) {
        this(cache, 0.5);
    }

    private CanonicalForms(ModelCache cache, double partialShare) {
        this.cache = Objects.requireNonNull(cache);
        this.partialShare = partialShare;
    }

    /**
     * The same, with a round trip of the new tables only when they are at most {@code share} of the model's tables
     * (1: whenever any table is known; tests use it to compare that path with a full round trip everywhere).
     */
    public CanonicalForms withPartialUpTo(double share) {
        return new CanonicalForms(cache, share);
    }

    /**
     * The canonical form of {@code scanned} where {@code where} says (the server and everything that decides how it
     * spells names); {@code roundTrip} makes the canonical form of any model, sorted, by creating it in a scratch
     * database.
     */
    public Result canonical(SchemaModel scanned, String where, UnaryOperator<SchemaModel> roundTrip) {
        Digests digests = Digests.of(scanned);
        String wholeKey = wholeKey(scanned, where, digests);
        Optional<SchemaModel> whole = cache.get(wholeKey);
        if (whole.isPresent()) {
            return new Result(whole.get(), Route.WHOLE_CACHED, 0);
        }
        String context = contextKey(scanned, where);
        TableForms known = TableForms.read(cache, context);
        Map<String, Table> keyed = tableKeys(scanned, context, digests);
        List<Table> missing = new ArrayList<>();
        for (Map.Entry<String, Table> e : keyed.entrySet()) {
            if (known.table(e.getKey()).isEmpty()) {
                missing.add(e.getValue());
            }
        }
        Result result;
        if (missing.isEmpty() && known.hasContext()) {
            // the forms may come from earlier comparisons of other models: their made-up names are checked as well
            SchemaModel merged = merged(scanned, keyed, known, null);
            result = CanonicalNames.clashFree(scanned, merged) ? new Result(merged, Route.TABLES_CACHED, 0)
                    : full(scanned, roundTrip);
        } else if (known.hasContext() && missing.size() < scanned.tables().size()
                && missing.size() <= partialShare * scanned.tables().size()) {
            SchemaModel part = partial(scanned, missing);
            SchemaModel fresh = roundTrip.apply(part);
            SchemaModel merged = merged(scanned, keyed, known, fresh);
            result = CanonicalNames.clashFree(scanned, merged)
                    ? new Result(merged, Route.PARTIAL_ROUND_TRIP, part.tables().size())
                    : full(scanned, roundTrip);
        } else {
            result = full(scanned, roundTrip);
        }
        if (result.route() != Route.TABLES_CACHED) {
            TableForms.write(cache, context, keyed, result.canonical(), known);
        }
        cache.putLater(wholeKey, result.canonical());
        return result;
    }

    private static Result full(SchemaModel scanned, UnaryOperator<SchemaModel> roundTrip) {
        return new Result(roundTrip.apply(scanned), Route.FULL_ROUND_TRIP, scanned.tables().size());
    }

    /**
     * The model of the round trip for {@code missing}: those tables, the tables their foreign keys reference, and
     * all of the model's sequences, enum types and casts. A referenced table is there only as a target, and its
     * form is not taken: it has no foreign keys, and only the columns the foreign keys reference and its primary
     * key, with the keys on them ({@link #asTarget}).
     */
    static SchemaModel partial(SchemaModel scanned, List<Table> missing) {
        List<Table> tables = new ArrayList<>(missing);
        Map<String, Table> all = byName(scanned);
        Set<String> names = new java.util.HashSet<>();
        missing.forEach(t -> names.add(qualified(t.schema(), t.name())));
        Map<String, Set<String>> referenced = new LinkedHashMap<>();
        for (Table t : missing) {
            for (ForeignKey fk : t.foreignKeys()) {
                String name = qualified(fk.referencedSchema(), fk.referencedTable());
                if (all.containsKey(name) && !names.contains(name)) {
                    referenced.computeIfAbsent(name, n -> new java.util.HashSet<>()).addAll(fk.referencedColumns());
                }
            }
        }
        referenced.forEach((name, columns) -> tables.add(asTarget(all.get(name), columns)));
        return scanned.withTables(tables);
    }

    /**
     * {@code t} as the target of foreign keys to {@code columns}: those columns and its primary key's, with its
     * primary key and the unique constraints on them, nothing else; the whole table without its foreign keys when a
     * column it keeps is generated or has constraints of its own in its definition, which may name the others.
     */
    static Table asTarget(Table t, Set<String> columns) {
        Set<String> kept = new java.util.HashSet<>(columns);
        if (t.primaryKey() != null) {
            kept.addAll(t.primaryKey().columns());
        }
        List<dev.retort.model.Column> keptColumns = t.columns().stream().filter(c -> kept.contains(c.name())).toList();
        if (keptColumns.size() != kept.size() || keptColumns.stream().anyMatch(c -> c.generatedExpression() != null
                || c.definitionConstraints() != null)) {
            return t.withForeignKeys(List.of());
        }
        return new Table(t.name(), keptColumns, t.primaryKey(),
                t.uniques().stream().filter(u -> kept.containsAll(u.columns())).toList(), List.of(), List.of(),
                List.of(), null, t.schema());
    }

    /**
     * The scanned model's tables with their canonical forms: the fresh ones from {@code fresh} (the round trip's
     * result, or null), the others from {@code known}; sequences, enum types and casts from {@code fresh}, or from
     * {@code known} without a round trip.
     */
    private static SchemaModel merged(SchemaModel scanned, Map<String, Table> keyed, TableForms known,
                                      SchemaModel fresh) {
        List<Table> tables = new ArrayList<>();
        Map<String, Table> made = fresh == null ? Map.of() : byName(fresh);
        for (Map.Entry<String, Table> e : keyed.entrySet()) {
            Table scannedTable = e.getValue();
            Optional<Table> cached = known.table(e.getKey());
            Table form = cached.orElseGet(() -> made.get(qualified(scannedTable.schema(), scannedTable.name())));
            if (form == null) {
                throw new IllegalStateException("the round trip did not return table " + scannedTable.name());
            }
            tables.add(form);
        }
        SchemaModel rest = fresh != null ? fresh : known.context();
        return new SchemaModel(tables, rest.sequences(), rest.enums(), rest.schemas(), rest.casts()).sorted();
    }

    /** Each table of {@code scanned} by its key, in the model's order. */
    static Map<String, Table> tableKeys(SchemaModel scanned, String context) {
        return tableKeys(scanned, context, Digests.of(scanned));
    }

    private static Map<String, Table> tableKeys(SchemaModel scanned, String context, Digests digests) {
        Map<String, Table> out = new LinkedHashMap<>();
        for (Table t : scanned.tables()) {
            // the context key already covers the format and Retort's build
            ContentCache.Key key = ContentCache.Key.of(CONTEXT).add(context)
                    .add(digests.byName().get(qualified(t.schema(), t.name())));
            Set<String> seen = new java.util.TreeSet<>();
            for (ForeignKey fk : t.foreignKeys()) {
                String name = qualified(fk.referencedSchema(), fk.referencedTable());
                if (seen.add(name)) {
                    key.add("references " + name);
                    key.add(digests.byName().getOrDefault(name, "none"));
                }
            }
            out.put(key.hex(), t);
        }
        return out;
    }

    /**
     * SHA-256 of each table's whole definition ({@link TableForms#encode}), in the model's order and by
     * {@link #qualified} name (the first of a name): each table is encoded and hashed once, for the key of the whole
     * model and for the key of each table, which names the tables it references by their digests.
     */
    private record Digests(List<String> inOrder, Map<String, String> byName) {
        static Digests of(SchemaModel scanned) {
            List<String> inOrder = new ArrayList<>(scanned.tables().size());
            Map<String, String> byName = new HashMap<>();
            for (Table t : scanned.tables()) {
                String digest = Checksums.sha256(TableForms.encode(t));
                inOrder.add(digest);
                byName.putIfAbsent(qualified(t.schema(), t.name()), digest);
            }
            return new Digests(inOrder, byName);
        }
    }

    /** A table's (schema, name) as one map key. */
    static String qualified(String schema, String name) {
        return schema == null ? "\0" + name : schema + "\0" + name;
    }

    /** The tables of {@code model} by {@link #qualified} name. */
    static Map<String, Table> byName(SchemaModel model) {
        Map<String, Table> out = new HashMap<>();
        for (Table t : model.tables()) {
            out.put(qualified(t.schema(), t.name()), t);
        }
        return out;
    }

    /** The key of the whole canonical form of {@code scanned} made where {@code where} says. */
    public static String wholeKey(SchemaModel scanned, String where) {
        return wholeKey(scanned, where, Digests.of(scanned));
    }

    /** The same from the tables' digests: the model without its tables, then each table, in order, by digest. */
    private static String wholeKey(SchemaModel scanned, String where, Digests digests) {
        ContentCache.Key key = ModelCache.key(WHOLE).add(where)
                .add(dev.retort.model.ModelCodec.encode(scanned.withTables(List.of())));
        key.add("tables " + digests.inOrder().size());
        digests.inOrder().forEach(key::add);
        return key.hex();
    }

    /** What every table's form may depend on besides its own definition and those it references. */
    static String contextKey(SchemaModel scanned, String where) {
        return ModelCache.key(CONTEXT).add(where)
                .add(dev.retort.model.ModelCodec.encode(scanned.withTables(List.of()))).hex();
    }
}
