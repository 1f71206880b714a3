package dev.retort.autogen;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import dev.retort.scan.boot.StandIn;

/**
 * What the last scan of some settings saw ({@link IncrementalScan}): its model (kept in the {@link ModelCache}
 * under {@code modelKey}), its class files and the entity classes that map into each of its tables.
 *
 * @param modelKey     the key of the scanned model in the cache
 * @param classes      each class file of the scan's folders, by binary class name
 * @param contributors the entity classes mapping into each table, by
 *                     {@link dev.retort.scan.read.TableContributors#key}
 * @param names        the relation and constraint names each table takes in its schema, by the same key
 * @param standIns     the entities that may stand in for themselves in the next boot, by class name
 *                     ({@link dev.retort.scan.boot.StandIn})
 */
record ScanState(String modelKey, Map<String, ClassFacts> classes, Map<String, Set<String>> contributors,
                 Map<String, Set<String>> names, Map<String, StandIn> standIns) {
    private static final String HEADER = "retort-scan-state 4";

    ScanState {
        classes = Map.copyOf(classes);
        contributors = Map.copyOf(contributors);
        names = Map.copyOf(names);
        standIns = Map.copyOf(standIns);
    }

    /**
     * One class file.
     *
     * @param hash       SHA-256 of its bytes, in hex
     * @param kind       what it is to Hibernate's boot, by its own annotations
     * @param global     whether it declares something that applies beyond the classes naming it (a generator, a
     *                   converter, a type registration)
     * @param references the classes of the scan it names
     * @param superclass its superclass when that is a class of the scan, else empty
     */
    record ClassFacts(String hash, Kind kind, boolean global, Set<String> references, String superclass) {
        ClassFacts {
            references = Set.copyOf(references);
            superclass = superclass == null ? "" : superclass;
        }

        /** Whether it is annotated {@code @Entity}. */
        boolean entity() {
            return kind == Kind.ENTITY;
        }
    }

    /**
     * What a class is to the boot, as a discovery of the managed classes (ClassGraph's, in a full scan) sees it,
     * each with its letter in the encoded state.
     */
    enum Kind {
        /** An {@code @Entity} class. */
        ENTITY('E'),
        /** An {@code @Embeddable}, {@code @MappedSuperclass} or {@code @Converter} class that is not an entity. */
        SUPPORTING('S'),
        /**
         * An annotation type annotated with one of those: a discovery by annotation counts the classes it annotates
         * as well, so no incremental scan is made from such classes.
         */
        MANAGED_ANNOTATION('A'),
        /** Anything else. */
        OTHER('-');

        private final char letter;

        Kind(char letter) {
            this.letter = letter;
        }

        static Optional<Kind> of(char letter) {
            return Arrays.stream(values()).filter(k -> k.letter == letter).findFirst();
        }
    }

    byte[] encode() {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        out.append("model ").append(modelKey).append('\n');
        new java.util.TreeMap<>(classes).forEach((name, c) -> out.append("class ").append(name).append(' ')
                .append(c.hash()).append(' ').append(c.kind().letter).append(c.global() ? 'G' : '-')
                .append(' ').append(String.join(",", new TreeSet<>(c.references()))).append(' ').append(c.superclass())
                .append('\n'));
        new java.util.TreeMap<>(contributors).forEach((table, by) -> out.append("table ")
                .append(encode(table)).append(' ')
                .append(String.join(",", new TreeSet<>(by))).append(' ')
                .append(String.join(",", names.getOrDefault(table, Set.of()).stream().sorted()
                        .map(ScanState::encode).toList())).append('\n'));
        new java.util.TreeMap<>(standIns).forEach((name, x) -> out.append("standin ").append(name).append(' ')
                .append(String.join(" ", List.of(x.entityName(), x.schema(), x.table(), x.idAttribute(), x.idColumn(), x.idType())
                        .stream().map(ScanState::encode).toList())).append('\n'));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The state in {@code bytes}; empty when they are not one (another format, a damaged file). */
    static Optional<ScanState> decode(byte[] bytes) {
        List<String> lines = Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\n", -1));
        if (lines.size() < 2 || !lines.get(0).equals(HEADER) || !lines.get(1).startsWith("model ")) {
            return Optional.empty();
        }
        String modelKey = lines.get(1).substring("model ".length());
        Map<String, ClassFacts> classes = new LinkedHashMap<>();
        Map<String, Set<String>> contributors = new LinkedHashMap<>();
        Map<String, Set<String>> names = new LinkedHashMap<>();
        Map<String, StandIn> standIns = new LinkedHashMap<>();
        for (String line : lines.subList(2, lines.size())) {
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split(" ", -1);
            if (f[0].equals("class") && f.length == 6 && f[3].length() == 2 && Kind.of(f[3].charAt(0)).isPresent()) {
                classes.put(f[1], new ClassFacts(f[2], Kind.of(f[3].charAt(0)).get(), f[3].charAt(1) == 'G',
                        split(f[4]), f[5]));
            } else if (f[0].equals("table") && f.length == 4) {
                String table = decode(f[1]);
                contributors.put(table, split(f[2]));
                names.put(table, Set.copyOf(split(f[3]).stream().map(ScanState::decode).toList()));
            } else if (f[0].equals("standin") && f.length == 8) {
                try {
                    standIns.put(f[1], new StandIn(f[1], decode(f[2]), decode(f[3]), decode(f[4]), decode(f[5]),
                            decode(f[6]), decode(f[7])));
                } catch (IllegalArgumentException damaged) {
                    return Optional.empty();
                }
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(new ScanState(modelKey, classes, contributors, names, standIns));
    }

    private static String encode(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '.'
                    || c == '-')) {
                return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
            }
        }
        return text; // what URLEncoder leaves as it is
    }

    private static String decode(String text) {
        // most names need no decoding: a state of thousands of tables is read at each scan
        return text.indexOf('%') < 0 && text.indexOf('+') < 0 ? text
                : java.net.URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static Set<String> split(String list) {
        return list.isEmpty() ? Set.of() : Set.copyOf(new ArrayList<>(Arrays.asList(list.split(","))));
    }
}
