package dev.retort.autogen;

import dev.retort.io.incremental.ClassFileRefs;
import dev.retort.model.SchemaModel;
import dev.retort.model.Table;
import dev.retort.scan.EntityScanner;
import dev.retort.scan.boot.DiscoveredClasses;
import dev.retort.scan.boot.EntityDiscovery;
import dev.retort.scan.boot.StandIn;
import dev.retort.scan.ScanRequest;
import dev.retort.scan.read.MetadataReader;
import dev.retort.scan.read.TableContributors;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The scanned model after some entity classes changed, from the last scan of the same settings and a Hibernate
 * boot of only the classes the changed tables need: at a thousand entities, a full boot takes seconds, while an
 * edit touches a few tables.
 *
 * <p>A table's definition follows from the entity classes that map into it ({@link TableContributors}) and the
 * classes they name, transitively (their targets, embeddables, superclasses, converters, enums, named in the
 * class files' constant pools). So a table whose contributors do not reach a changed class is as before, and a
 * table whose contributors all take part in a boot is mapped there as in a boot of every class. The boot takes
 * the changed entities and the contributors of the tables they reach, and what these name; if the boot shows a
 * changed class mapping into a table with contributors outside it (a new subclass of a single-table hierarchy, a
 * new unidirectional {@code @OneToMany}), those join and the boot runs again.
 *
 * <p>What is not local to the classes that name it makes the scan a full one: a changed class that declares a
 * generator, a converter or a type registration; sequences, enum types and casts in either model (a sequence
 * generator is found by name, not by reference); tables nothing maps; configuration that lists classes or
 * mapping files; and any name that met another (PostgreSQL numbers names it invents when their first choice is
 * taken, so such names depend on every table), within the boot or between the tables kept and those taken from
 * the boot. {@code IncrementalScanCheck} compares this with a full scan on every scenario.
 */
final class IncrementalScan {
    /** Class names whose mention makes a class's change global ({@link ScanState.ClassFacts#global}). */
    private static final List<String> GLOBAL = List.of("jakarta/persistence/SequenceGenerator",
            "jakarta/persistence/TableGenerator", "jakarta/persistence/Converter",
            "org/hibernate/annotations/GenericGenerator", "org/hibernate/annotations/IdGeneratorType",
            "org/hibernate/annotations/ValueGenerationType", "org/hibernate/annotations/FilterDef");
    private static final int BOOTS = 4;
    static final double DEFAULT_BOOT_SHARE = 0.75;

    /**
     * What a scan made: the model, the state the next incremental scan starts from (null when it cannot start
     * from this one), how it was made, how many entities Hibernate booted for it (-1 when not counted) and how many
     * more it booted as stand-ins.
     */
    record Outcome(SchemaModel model, ScanState state, CachedScan.How how, int bootedEntities, int standIns) {
    }

    private IncrementalScan() {
    }

    /** The full scan, with its state. */
    static Outcome full(ScanRequest request, List<Path> locations, ScanInputs inputs) {
        MetadataReader.Result read = EntityScanner.read(request, locations);
        if (read.namesCollided() || !simple(read.model()) || !mapped(read.contributors())) {
            return new Outcome(read.model(), null, CachedScan.How.FULL, -1, 0); // no incremental scan starts here
        }
        ScanState state = new ScanState(inputs.fullKey(), facts(inputs), read.contributors(), read.takenNames(),
                read.standIns());
        int entities = (int) state.classes().values().stream().filter(ScanState.ClassFacts::entity).count();
        return new Outcome(read.model(), state, CachedScan.How.FULL, entities, 0);
    }

    /**
     * The scan of {@code inputs} from {@code last}, the state of the last scan of the same settings whose model is
     * {@code lastModel}; empty when it must be a full one, or would boot more than {@code bootShare} of the
     * entities.
     */
    static Optional<Outcome> after(ScanState last, SchemaModel lastModel, ScanRequest request, List<Path> locations,
                                   ScanInputs inputs, double bootShare) {
        Map<String, ScanState.ClassFacts> now = facts(inputs, last.classes());
        if (now.values().stream().anyMatch(f -> f.kind() == ScanState.Kind.MANAGED_ANNOTATION)) {
            return Optional.empty();
        }
        Set<String> changed = new TreeSet<>();
        for (String name : union(now.keySet(), last.classes().keySet())) {
            ScanState.ClassFacts before = last.classes().get(name);
            ScanState.ClassFacts after = now.get(name);
            if (before == null || after == null || !before.hash().equals(after.hash())) {
                if ((before != null && before.global()) || (after != null && after.global())) {
                    return Optional.empty();
                }
                changed.add(name);
            }
        }
        if (changed.isEmpty() || !simple(lastModel) || !mapped(last.contributors())) {
            return Optional.empty();
        }
        Graph graph = new Graph(last.classes(), now);
        // the classes whose mapping a changed class is part of: they name it as a superclass, an embeddable, an
        // enum, a converter, ... (not as the target of an association, which only its key is part of)
        Set<String> reaching = graph.reachingStructurally(changed);
        Set<String> affected = new TreeSet<>();
        addTablesOf(reaching, last.contributors(), affected);
        Set<String> seeds = new TreeSet<>();
        affected.forEach(t -> seeds.addAll(last.contributors().get(t)));
        changed.stream().filter(c -> now.containsKey(c) && now.get(c).entity()).forEach(seeds::add);
        long entities = now.values().stream().filter(ScanState.ClassFacts::entity).count();
        // entities only pointed at stand in for themselves until a boot shows they cannot
        Map<String, StandIn> known = last.standIns();
        for (int boot = 0; boot < BOOTS; boot++) {
            Closure split = closure(seeds, now, known);
            Set<String> closure = split.full();
            Set<String> booted = new TreeSet<>();
            closure.stream().filter(c -> now.get(c).entity()).forEach(booted::add);
            if (booted.isEmpty()) {
                // only entities that nothing else maps with were removed: their tables go, the rest stays
                MetadataReader.Result nothing = new MetadataReader.Result(SchemaModel.empty(), null, Map.of(), false,
                        Map.of(), Map.of());
                return merge(last, lastModel, nothing, affected, inputs, now, 0, 0, known, booted);
            }
            if (booted.size() > entities * bootShare) {
                return Optional.empty(); // a boot of most entities saves little over a full one
            }
            Optional<MetadataReader.Result> partial;
            try {
                partial = EntityScanner.readOnly(request, locations, discovered(booted, now, inputs, request.packages()),
                        split.standIns().values());
            } catch (dev.retort.scan.ScanException e) {
                if (split.standIns().isEmpty()) {
                    throw e;
                }
                partial = null; // a stand-in lacks what a booted entity needs of it (a mappedBy attribute, say)
            }
            if (partial != null && partial.isPresent() && !faithful(split.standIns(), partial.get(), last, lastModel)) {
                partial = null;
            }
            if (partial == null) {
                known = Map.of(); // the same boot without stand-ins, and none until the next full scan
                boot--;
                continue;
            }
            if (partial.isEmpty() || partial.get().namesCollided() || !simple(partial.get().model())
                    || !mapped(partial.get().contributors())) {
                return Optional.empty();
            }
            MetadataReader.Result read = partial.get();
            Set<String> taken = new TreeSet<>(affected);
            addTablesOf(reaching, read.contributors(), taken);
            // a table taken from the boot needs every class that maps into it there
            Set<String> more = new TreeSet<>();
            for (String table : taken) {
                for (String by : last.contributors().getOrDefault(table, Set.of())) {
                    if (now.containsKey(by) && !closure.contains(by)) {
                        more.add(by);
                    }
                }
            }
            // an entity whose key changed (its table's name, primary key, or the columns foreign keys reference)
            // changes the tables of the classes that associate with it
            Set<String> rekeyed = new TreeSet<>();
            Keys keys = new Keys(lastModel, read.model());
            for (String table : taken) {
                if (!keys.same(table)) {
                    rekeyed.addAll(last.contributors().getOrDefault(table, Set.of()));
                    rekeyed.addAll(read.contributors().getOrDefault(table, Set.of()));
                }
            }
            Set<String> associating = graph.reachingStructurally(graph.associatingWith(rekeyed));
            associating.removeAll(reaching);
            Set<String> newlyAffected = new TreeSet<>();
            addTablesOf(associating, last.contributors(), newlyAffected);
            newlyAffected.removeAll(affected);
            if (more.isEmpty() && newlyAffected.isEmpty()) {
                return merge(last, lastModel, read, taken, inputs, now, booted.size(), split.standIns().size(), known,
                        booted);
            }
            reaching.addAll(associating);
            affected.addAll(newlyAffected);
            newlyAffected.forEach(t -> seeds.addAll(last.contributors().get(t)));
            associating.stream().filter(c -> now.containsKey(c) && now.get(c).entity()).forEach(seeds::add);
            seeds.addAll(more);
        }
        return Optional.empty();
    }

    /** Adds to {@code out} the tables that one of {@code classes} maps into. */
    private static void addTablesOf(Set<String> classes, Map<String, Set<String>> contributors, Set<String> out) {
        contributors.forEach((table, by) -> {
            if (by.stream().anyMatch(classes::contains)) {
                out.add(table);
            }
        });
    }

    /**
     * What another table's mapping takes from a table when an entity associates with its entity: the table's
     * name (its key), its primary key's columns and types, and the columns and types of its unique constraints
     * and of the columns foreign keys of either model reference.
     */
    private static final class Keys {
        private final Map<String, Table> before;
        private final Map<String, Table> after;
        private final Map<String, Set<String>> referenced = new HashMap<>();

        Keys(SchemaModel beforeModel, SchemaModel afterModel) {
            before = byKey(beforeModel.tables());
            after = byKey(afterModel.tables());
            for (Map<String, Table> model : List.of(before, after)) {
                for (Table t : model.values()) {
                    for (var fk : t.foreignKeys()) {
                        String target = TableContributors.key(fk.referencedSchema() == null ? t.schema()
                                : fk.referencedSchema(), fk.referencedTable());
                        referenced.computeIfAbsent(target, x -> new TreeSet<>()).addAll(fk.referencedColumns());
                    }
                }
            }
        }

        boolean same(String table) {
            Table b = before.get(table);
            Table a = after.get(table);
            return b != null && a != null && key(table, b).equals(key(table, a));
        }

        private List<Object> key(String table, Table t) {
            List<Object> out = new ArrayList<>();
            if (t.primaryKey() != null) {
                out.add("pk " + t.primaryKey().columns());
                t.primaryKey().columns().forEach(c -> out.add(column(t, c)));
            }
            t.uniques().forEach(u -> {
                out.add("unique " + u.columns());
                u.columns().forEach(c -> out.add(column(t, c)));
            });
            referenced.getOrDefault(table, Set.of()).forEach(c -> out.add(column(t, c)));
            return out;
        }

        private static Object column(Table t, String name) {
            return t.column(name).map(c -> (Object) List.of(c.name(), c.type())).orElse("no column " + name);
        }
    }

    /** The references between the classes of both versions, split by kind. */
    private static final class Graph {
        private final Map<String, Set<String>> structuralFrom = new HashMap<>();
        private final Map<String, Set<String>> associationFrom = new HashMap<>();

        Graph(Map<String, ScanState.ClassFacts> before, Map<String, ScanState.ClassFacts> after) {
            for (Map<String, ScanState.ClassFacts> version : List.of(before, after)) {
                version.forEach((c, facts) -> facts.references().forEach(r -> {
                    ScanState.ClassFacts target = version.get(r);
                    boolean association = target != null && target.entity() && !r.equals(facts.superclass());
                    (association ? associationFrom : structuralFrom)
                            .computeIfAbsent(r, x -> new HashSet<>()).add(c);
                }));
            }
        }

        /** {@code classes} and those that name one of them other than as an associated entity, transitively. */
        Set<String> reachingStructurally(Set<String> classes) {
            Set<String> out = new TreeSet<>();
            Deque<String> todo = new ArrayDeque<>(classes);
            while (!todo.isEmpty()) {
                String c = todo.pop();
                if (out.add(c)) {
                    todo.addAll(structuralFrom.getOrDefault(c, Set.of()));
                }
            }
            return out;
        }

        /** The classes that name one of {@code entities} as an associated entity. */
        Set<String> associatingWith(Set<String> entities) {
            Set<String> out = new TreeSet<>();
            entities.forEach(e -> out.addAll(associationFrom.getOrDefault(e, Set.of())));
            return out;
        }
    }

    /**
     * @param known  the stand-ins the boot could use (empty once one failed)
     * @param booted the entities booted whole: their stand-in facts are those of this boot
     */
    private static Optional<Outcome> merge(ScanState last, SchemaModel lastModel, MetadataReader.Result read,
                                           Set<String> taken, ScanInputs inputs,
                                           Map<String, ScanState.ClassFacts> now, int bootedCount,
                                           int standInCount, Map<String, StandIn> known, Set<String> booted) {
        Map<String, Table> fromBoot = byKey(read.model().tables());
        for (String table : fromBoot.keySet()) {
            if (!taken.contains(table) && !last.contributors().containsKey(table)) {
                return Optional.empty(); // a new table that no changed class maps: not explained, so not trusted
            }
        }
        Map<String, Set<String>> contributors = new TreeMap<>();
        Map<String, Set<String>> names = new TreeMap<>();
        List<Table> tables = new ArrayList<>();
        Set<String> keptNames = new HashSet<>();
        for (Map.Entry<String, Table> e : byKey(lastModel.tables()).entrySet()) {
            String table = e.getKey();
            if (!taken.contains(table)) {
                Set<String> tableNames = last.names().getOrDefault(table, Set.of());
                tables.add(e.getValue());
                contributors.put(table, last.contributors().get(table));
                names.put(table, tableNames);
                tableNames.forEach(n -> keptNames.add(schemaOf(table) + "\u001f" + n));
            }
        }
        for (String table : taken) {
            Table t = fromBoot.get(table);
            if (t == null) {
                continue; // no longer mapped
            }
            Set<String> tableNames = read.takenNames().getOrDefault(table, Set.of());
            for (String n : tableNames) {
                if (keptNames.contains(schemaOf(table) + "\u001f" + n)) {
                    return Optional.empty(); // PostgreSQL's choice of a name would depend on the order
                }
            }
            tables.add(t);
            contributors.put(table, read.contributors().get(table));
            names.put(table, tableNames);
        }
        // once a stand-in failed (known is then empty), none is used until the next full scan
        Map<String, StandIn> standIns = new TreeMap<>();
        if (!known.isEmpty()) {
            known.forEach((c, x) -> {
                if (now.containsKey(c) && !booted.contains(c)) {
                    standIns.put(c, x);
                }
            });
            read.standIns().forEach((c, x) -> {
                if (booted.contains(c)) {
                    standIns.put(c, x);
                }
            });
        }
        SchemaModel model = new SchemaModel(tables, List.of(), List.of(), List.of(), List.of());
        return Optional.of(new Outcome(model, new ScanState(inputs.fullKey(), now, contributors, names, standIns),
                CachedScan.How.INCREMENTAL, bootedCount, standInCount));
    }

    private static String schemaOf(String tableKey) {
        return tableKey.substring(0, tableKey.indexOf('\u001f'));
    }

    private static Map<String, Table> byKey(List<Table> tables) {
        Map<String, Table> out = new LinkedHashMap<>();
        for (Table t : tables) {
            out.put(TableContributors.key(t.schema(), t.name()), t);
        }
        return out;
    }

    /** Whether a model has only tables: no sequences, enum types or casts, which are not mapped table by table. */
    private static boolean simple(SchemaModel model) {
        return model.sequences().isEmpty() && model.enums().isEmpty() && model.casts().isEmpty();
    }

    /** Whether every table has an entity mapping into it. */
    private static boolean mapped(Map<String, Set<String>> contributors) {
        return contributors.values().stream().noneMatch(Set::isEmpty);
    }

    /**
     * The classes a boot takes whole ({@code full}) and the entities it only points at ({@code standIns}).
     */
    private record Closure(Set<String> full, Map<String, StandIn> standIns) {
    }

    /**
     * The classes of {@code start} and those they name, transitively, among the classes of the scan; except that an
     * entity named only as the target of an association, with a stand-in in {@code known}, is a stand-in, and what
     * it names is not followed. An entity that is a class's superclass is taken whole.
     */
    private static Closure closure(Set<String> start, Map<String, ScanState.ClassFacts> classes,
                                   Map<String, StandIn> known) {
        if (known.isEmpty()) {
            return new Closure(closure(start, classes), Map.of());
        }
        Set<String> full = new TreeSet<>();
        Set<String> pointedAt = new TreeSet<>();
        Deque<String> todo = new ArrayDeque<>(start);
        while (!todo.isEmpty()) {
            String c = todo.pop();
            ScanState.ClassFacts facts = classes.get(c);
            if (facts == null || !full.add(c)) {
                continue;
            }
            for (String r : facts.references()) {
                ScanState.ClassFacts target = classes.get(r);
                if (target == null || full.contains(r)) {
                    continue;
                }
                if (target.entity() && !r.equals(facts.superclass()) && known.containsKey(r)) {
                    pointedAt.add(r);
                } else {
                    todo.add(r);
                }
            }
        }
        Map<String, StandIn> standIns = new TreeMap<>();
        pointedAt.stream().filter(c -> !full.contains(c)).forEach(c -> standIns.put(c, known.get(c)));
        return new Closure(full, standIns);
    }

    /**
     * Whether each stand-in of a boot mapped its table where the last scan had it, with the same primary key
     * (columns and types): what the booted entities take of the entities they point at. A stand-in that does not
     * (a naming strategy that names a name again, a key type from an annotation the stand-in lacks) means a boot
     * without stand-ins.
     */
    private static boolean faithful(Map<String, StandIn> standIns, MetadataReader.Result read, ScanState last,
                                    SchemaModel lastModel) {
        Map<String, Table> before = byKey(lastModel.tables());
        Map<String, Table> now = byKey(read.model().tables());
        for (String c : standIns.keySet()) {
            // a stand-in maps one table, its own; the entity it stands for maps that one too, and maybe join tables
            String is = tableOf(c, read.contributors());
            if (is == null || !last.contributors().getOrDefault(is, Set.of()).contains(c) || before.get(is) == null
                    || now.get(is) == null) {
                return false;
            }
            Table b = before.get(is);
            Table a = now.get(is);
            if (b.primaryKey() == null || a.primaryKey() == null
                    || !b.primaryKey().columns().equals(a.primaryKey().columns())) {
                return false;
            }
            for (String column : b.primaryKey().columns()) {
                if (!b.column(column).map(x -> x.type()).equals(a.column(column).map(x -> x.type()))) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The table {@code entity} maps into as its own (the one table whose contributors hold it), or null. */
    private static String tableOf(String entity, Map<String, Set<String>> contributors) {
        String found = null;
        for (Map.Entry<String, Set<String>> e : contributors.entrySet()) {
            if (e.getValue().contains(entity)) {
                if (found != null) {
                    return null;
                }
                found = e.getKey();
            }
        }
        return found;
    }

    /** The classes of {@code start} and those they name, transitively, among the classes of the scan. */
    private static Set<String> closure(Set<String> start, Map<String, ScanState.ClassFacts> classes) {
        Set<String> out = new TreeSet<>();
        Deque<String> todo = new ArrayDeque<>(start);
        while (!todo.isEmpty()) {
            String c = todo.pop();
            ScanState.ClassFacts facts = classes.get(c);
            if (facts != null && out.add(c)) {
                todo.addAll(facts.references());
            }
        }
        return out;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.addAll(b);
        return out;
    }

    /**
     * What a discovery of the managed classes finds for a boot of the entities {@code booted}: those of them in
     * {@code packages}, with every supporting class and annotated package there, read from the class files as
     * {@link #facts} did ({@link dev.retort.scan.boot.EntityDiscovery} reads them with ClassGraph in a full scan;
     * {@code IncrementalScanCheck} holds the two scans equal).
     */
    private static DiscoveredClasses discovered(Set<String> booted, Map<String, ScanState.ClassFacts> now,
                                                ScanInputs inputs, List<String> packages) {
        List<String> entities = booted.stream().filter(c -> EntityDiscovery.inPackages(c, packages)).toList();
        List<String> supporting = new ArrayList<>();
        now.forEach((c, facts) -> {
            if (facts.kind() == ScanState.Kind.SUPPORTING && EntityDiscovery.inPackages(c, packages)) {
                supporting.add(c);
            }
        });
        List<String> annotatedPackages = new ArrayList<>();
        inputs.packageInfos().forEach((pkg, bytes) -> {
            if (EntityDiscovery.inPackages(pkg, packages) && !annotations(bytes).isEmpty()) {
                annotatedPackages.add(pkg);
            }
        });
        return new DiscoveredClasses(entities, supporting, annotatedPackages);
    }

    private static Set<String> annotations(byte[] classFile) {
        try {
            return ClassFileRefs.read(classFile).annotations();
        } catch (IOException | RuntimeException e) {
            return Set.of("?"); // unreadable: taken as annotated, so Hibernate reads it as a full boot would
        }
    }

    /** The facts of each class file of the inputs: its hash and what its constant pool names. */
    static Map<String, ScanState.ClassFacts> facts(ScanInputs inputs) {
        return facts(inputs, Map.of());
    }

    /**
     * The same, taking the facts of a class from {@code last}, the facts of the last scan, when its bytes are
     * the same and so are the names of all the classes (which the references are limited to).
     */
    static Map<String, ScanState.ClassFacts> facts(ScanInputs inputs, Map<String, ScanState.ClassFacts> last) {
        boolean sameClasses = last.keySet().equals(inputs.classes().keySet());
        Map<String, ScanState.ClassFacts> out = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> e : inputs.classes().entrySet()) {
            String hash = inputs.classHashes().get(e.getKey());
            ScanState.ClassFacts before = sameClasses ? last.get(e.getKey()) : null;
            out.put(e.getKey(), before != null && before.hash().equals(hash) ? before
                    : facts(e.getKey(), e.getValue(), hash, inputs.classes().keySet()));
        }
        return out;
    }

    private static ScanState.ClassFacts facts(String className, byte[] bytes, String hash, Set<String> classes) {
        ClassFileRefs read;
        try {
            read = ClassFileRefs.read(bytes);
        } catch (IOException | RuntimeException ex) {
            // not a class file we can read: every scan of it is a full one
            return new ScanState.ClassFacts(hash, ScanState.Kind.OTHER, true, Set.of(), null);
        }
        String superclass = read.superclass() == null ? null : read.superclass().replace('/', '.');
        Set<String> references = new TreeSet<>();
        boolean global = false;
        for (String r : read.references()) {
            String name = r.replace('/', '.');
            if (classes.contains(name) && !name.equals(className)) {
                references.add(name);
            }
            global |= GLOBAL.stream().anyMatch(r::startsWith) || (r.startsWith("org/hibernate/annotations/")
                    && r.contains("Registration"));
        }
        return new ScanState.ClassFacts(hash, kind(read), global, references,
                superclass != null && classes.contains(superclass) ? superclass : null);
    }

    /** What ClassGraph's discovery makes of a class ({@link dev.retort.scan.boot.EntityDiscovery}). */
    private static ScanState.Kind kind(ClassFileRefs read) {
        boolean managed = read.annotations().stream().anyMatch(MANAGED::contains);
        if (read.annotationType()) {
            return managed || read.annotations().contains("jakarta/persistence/Entity")
                    ? ScanState.Kind.MANAGED_ANNOTATION : ScanState.Kind.OTHER;
        }
        if (read.annotations().contains("jakarta/persistence/Entity")) {
            return ScanState.Kind.ENTITY;
        }
        return managed ? ScanState.Kind.SUPPORTING : ScanState.Kind.OTHER;
    }

    /** The annotations that make a class supporting: an embeddable, a mapped superclass, a converter. */
    private static final Set<String> MANAGED = Set.of("jakarta/persistence/Embeddable",
            "jakarta/persistence/MappedSuperclass", "jakarta/persistence/Converter");
}
