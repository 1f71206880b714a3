package dev.retort.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One autogenerate acceptance scenario: entity sources for schema A, entity sources for schema B.
 *
 * <p>Scenarios live in {@code src/test/resources/scenarios/NN-short-name.scenario}, one per file:
 * <pre>
 * # One line saying what changes (more '#' lines continue the description)
 * # kind: columns
 * === A/Customer.java
 * package scenario;
 * ...
 * === B/Customer.java
 * ...
 * </pre>
 * A file present in A but not in B is deleted in B, and the other way round. Besides {@code .java}
 * files a side may carry a {@code hibernate.properties} with extra boot settings for that side, and a
 * {@code hand-built.sql}: statements a runner executes once that side's schema is built (by the migration, and
 * on the oracle after Hibernate's DDL), standing for what a DBA changed by hand, such as a unique constraint
 * made {@code DEFERRABLE}. The entities of that side must then still match the database.
 *
 * <p>An optional {@code === setup.sql} section (before the sides) holds SQL a runner executes on every fresh
 * database of the scenario before anything else, e.g. {@code CREATE EXTENSION IF NOT EXISTS citext}: what the
 * entities assume exists but no migration creates. It must be idempotent (it may run again on a database whose
 * {@code public} schema was dropped and created anew).
 *
 * <p>Typical use by a runner:
 * <pre>
 * for (Scenario s : Scenario.loadAll()) {
 *     s.writeA(dirA);   // compile, scan, autogenerate, upgrade ...
 *     s.writeB(dirB);
 * }
 * </pre>
 *
 * @param name        the file name without {@code .scenario}, e.g. {@code 07-varchar-length-increased}
 * @param description the header comment lines, joined by a space
 * @param kind        the value of the {@code # kind:} line, one of {@link #KINDS}
 * @param aFiles      relative path → content, for schema A (sorted by path)
 * @param bFiles      relative path → content, for schema B (sorted by path)
 * @param setupSql    the {@code setup.sql} section, or empty
 */
public record Scenario(String name, String description, String kind,
                       Map<String, String> aFiles, Map<String, String> bFiles, String setupSql) {

    /** Where the scenarios live on the classpath. */
    public static final String RESOURCE_FOLDER = "scenarios";
    public static final String EXTENSION = ".scenario";
    public static final String PROPERTIES_FILE = "hibernate.properties";
    public static final String SETUP_FILE = "setup.sql";
    /** A side's SQL that changes by hand what that side's schema was built with. */
    public static final String HAND_BUILT_FILE = "hand-built.sql";

    /** The kinds of schema change the corpus covers; every scenario names exactly one. */
    public static final List<String> KINDS = List.of(
            "tables", "columns", "types", "nullability", "defaults", "primary-keys", "foreign-keys",
            "unique-constraints", "indexes", "checks", "enums", "sequences", "comments", "join-tables",
            "element-collections", "inheritance", "embeddables", "secondary-tables", "special-types",
            "id-strategy", "multiple-changes", "renames", "schemas");

    private static final Pattern NAME = Pattern.compile("\\d{2,3}-[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern KIND_LINE = Pattern.compile("#\\s*kind:\\s*(.*)");
    private static final Pattern KIND = Pattern.compile("[a-z]+(-[a-z]+)*");
    private static final Pattern SECTION = Pattern.compile("=== ([AB])/(\\S+)");
    private static final Pattern PATH_SEGMENT = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
    private static final Pattern JAVA_FILE = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*\\.java");

    public Scenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(kind, "kind");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a valid scenario name (want NN-short-name): " + name);
        }
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("scenario " + name + ": unknown kind '" + kind + "', known kinds: " + KINDS);
        }
        aFiles = Collections.unmodifiableMap(new TreeMap<>(aFiles));
        bFiles = Collections.unmodifiableMap(new TreeMap<>(bFiles));
        setupSql = setupSql == null ? "" : setupSql;
    }

    public Scenario(String name, String description, String kind, Map<String, String> aFiles,
                    Map<String, String> bFiles) {
        this(name, description, kind, aFiles, bFiles, "");
    }

    // ---------------------------------------------------------------------------------------- loading

    /** Every {@code scenarios/*.scenario} resource on the classpath, sorted by name. */
    public static List<Scenario> loadAll() {
        Map<String, Scenario> byName = new TreeMap<>();
        try {
            Enumeration<URL> roots = classLoader().getResources(RESOURCE_FOLDER);
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                forEachScenarioFile(root, (fileName, text) -> {
                    Scenario scenario = parse(fileName, text);
                    Scenario clash = byName.put(scenario.name(), scenario);
                    if (clash != null) {
                        throw new ScenarioFormatException(fileName, 0,
                                "a scenario of the same name is on the classpath twice (second copy under " + root + ")");
                    }
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list classpath folder " + RESOURCE_FOLDER, e);
        }
        return List.copyOf(byName.values());
    }

    /** The scenario of the given name (with or without {@code .scenario}) from the classpath. */
    public static Scenario load(String name) {
        String fileName = name.endsWith(EXTENSION) ? name : name + EXTENSION;
        String resource = RESOURCE_FOLDER + "/" + fileName;
        try (InputStream in = classLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no scenario " + resource + " on the classpath");
            }
            return parse(fileName, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /**
     * Parses the text of one scenario file.
     *
     * @param fileName the file's name, {@code NN-short-name.scenario}; it names the scenario and the errors
     * @throws ScenarioFormatException naming the file and the 1-based line of the first problem
     */
    public static Scenario parse(String fileName, String text) {
        if (!fileName.endsWith(EXTENSION)) {
            throw new ScenarioFormatException(fileName, 0, "the file name must end in " + EXTENSION);
        }
        String name = fileName.substring(0, fileName.length() - EXTENSION.length());
        if (!NAME.matcher(name).matches()) {
            throw new ScenarioFormatException(fileName, 0,
                    "the file name must look like NN-short-name" + EXTENSION + " (two or three digits, lower-case words joined by '-')");
        }
        List<String> lines = text.replace("\r\n", "\n").replace('\r', '\n').lines().toList();

        List<String> descriptionLines = new ArrayList<>();
        String kind = null;
        int kindLine = 0;
        Map<String, String> a = new TreeMap<>();
        Map<String, String> b = new TreeMap<>();
        String setup = "";

        int i = 0;
        for (; i < lines.size(); i++) {
            String line = lines.get(i);
            int lineNo = i + 1;
            if (line.startsWith("===")) {
                break;
            }
            if (line.isBlank()) {
                continue;
            }
            if (!line.startsWith("#")) {
                throw new ScenarioFormatException(fileName, lineNo,
                        "before the first '=== A/...' section only '#' comment lines are allowed, found: " + line);
            }
            Matcher kindMatcher = KIND_LINE.matcher(line.strip());
            if (kindMatcher.matches()) {
                if (kind != null) {
                    throw new ScenarioFormatException(fileName, lineNo, "a second '# kind:' line (the first is on line " + kindLine + ")");
                }
                kind = kindMatcher.group(1).strip();
                kindLine = lineNo;
                if (!KIND.matcher(kind).matches()) {
                    throw new ScenarioFormatException(fileName, lineNo, "'# kind:' wants one lower-case word such as 'columns', found: '" + kind + "'");
                }
                if (!KINDS.contains(kind)) {
                    throw new ScenarioFormatException(fileName, lineNo, "unknown kind '" + kind + "', known kinds: " + KINDS);
                }
            } else {
                String comment = line.substring(1).strip();
                if (!comment.isEmpty()) {
                    descriptionLines.add(comment);
                }
            }
        }
        if (descriptionLines.isEmpty()) {
            throw new ScenarioFormatException(fileName, 1, "the file must start with a '# ...' line saying what the scenario changes");
        }
        if (kind == null) {
            throw new ScenarioFormatException(fileName, Math.min(i + 1, Math.max(lines.size(), 1)),
                    "missing '# kind: <kind>' line before the first section; known kinds: " + KINDS);
        }
        if (i == lines.size()) {
            throw new ScenarioFormatException(fileName, lines.size(), "no '=== A/<path>' or '=== B/<path>' section");
        }

        while (i < lines.size()) {
            String header = lines.get(i);
            int headerNo = i + 1;
            if (header.strip().equals("=== " + SETUP_FILE)) {
                if (!setup.isEmpty()) {
                    throw new ScenarioFormatException(fileName, headerNo, "a second '=== " + SETUP_FILE + "' section");
                }
                i++;
                int start = i;
                while (i < lines.size() && !lines.get(i).startsWith("===")) {
                    i++;
                }
                setup = String.join("\n", lines.subList(start, i)).strip();
                if (setup.isEmpty()) {
                    throw new ScenarioFormatException(fileName, headerNo, "section " + SETUP_FILE + " is empty");
                }
                continue;
            }
            Matcher section = SECTION.matcher(header.strip());
            if (!section.matches()) {
                throw new ScenarioFormatException(fileName, headerNo,
                        "a section header must read '=== A/<relative path>' or '=== B/<relative path>', found: " + header);
            }
            String side = section.group(1);
            String path = section.group(2);
            String pathProblem = pathProblem(path);
            if (pathProblem != null) {
                throw new ScenarioFormatException(fileName, headerNo, pathProblem + ": " + path);
            }
            Map<String, String> files = side.equals("A") ? a : b;
            if (files.containsKey(path)) {
                throw new ScenarioFormatException(fileName, headerNo, "file " + side + "/" + path + " appears twice");
            }
            i++;
            int start = i;
            while (i < lines.size() && !lines.get(i).startsWith("===")) {
                i++;
            }
            int end = i;
            while (end > start && lines.get(end - 1).isBlank()) {
                end--;
            }
            if (end == start) {
                throw new ScenarioFormatException(fileName, headerNo, "section " + side + "/" + path + " is empty");
            }
            files.put(path, String.join("\n", lines.subList(start, end)) + "\n");
        }
        if (a.keySet().stream().noneMatch(p -> p.endsWith(".java"))) {
            throw new ScenarioFormatException(fileName, lines.size(), "no '=== A/<File>.java' section: schema A needs at least one entity");
        }
        if (b.keySet().stream().noneMatch(p -> p.endsWith(".java"))) {
            throw new ScenarioFormatException(fileName, lines.size(), "no '=== B/<File>.java' section: schema B needs at least one entity");
        }
        return new Scenario(name, String.join(" ", descriptionLines), kind, a, b, setup);
    }

    /** Why {@code path} is no good as a section path, or null when it is fine. */
    private static String pathProblem(String path) {
        String[] segments = path.split("/", -1);
        String last = segments[segments.length - 1];
        if (last.equals(PROPERTIES_FILE) || last.equals(HAND_BUILT_FILE)) {
            return segments.length == 1 ? null : last + " belongs at the top of a side (A/" + last + ")";
        }
        if (!JAVA_FILE.matcher(last).matches()) {
            return "a section holds a Java source file (Name.java), " + PROPERTIES_FILE + " or " + HAND_BUILT_FILE;
        }
        for (int s = 0; s < segments.length - 1; s++) {
            if (!PATH_SEGMENT.matcher(segments[s]).matches()) {
                return "a folder in a section path must be a Java package name (no '..', '.', empty or absolute parts)";
            }
        }
        return null;
    }

    private static ClassLoader classLoader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : Scenario.class.getClassLoader();
    }

    private interface ScenarioFileConsumer {
        void accept(String fileName, String text) throws IOException;
    }

    private static void forEachScenarioFile(URL root, ScenarioFileConsumer consumer) throws IOException {
        Path folder;
        FileSystem opened = null;
        try {
            if (root.getProtocol().equals("jar")) {
                try {
                    FileSystems.getFileSystem(root.toURI());
                } catch (FileSystemNotFoundException notOpen) {
                    opened = FileSystems.newFileSystem(root.toURI(), Map.of());
                }
            }
            folder = Path.of(root.toURI());
        } catch (URISyntaxException e) {
            throw new IOException("unusable classpath location " + root, e);
        }
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path file : entries.filter(p -> p.getFileName().toString().endsWith(EXTENSION)).sorted().toList()) {
                consumer.accept(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        } finally {
            if (opened != null) {
                opened.close();
            }
        }
    }

    // ---------------------------------------------------------------------------------------- use

    /** Writes schema A's files under {@code dir} (created if missing); returns the written files, sorted. */
    public List<Path> writeA(Path dir) throws IOException {
        return write(aFiles, dir);
    }

    /** Writes schema B's files under {@code dir} (created if missing); returns the written files, sorted. */
    public List<Path> writeB(Path dir) throws IOException {
        return write(bFiles, dir);
    }

    /** Schema A's {@code hibernate.properties}; empty when the scenario has none. */
    public Properties aProperties() {
        return properties(aFiles);
    }

    /** Schema B's {@code hibernate.properties}; empty when the scenario has none. */
    public Properties bProperties() {
        return properties(bFiles);
    }

    /** Schema A's {@code hand-built.sql}; empty when the scenario has none. */
    public String aHandBuiltSql() {
        return aFiles.getOrDefault(HAND_BUILT_FILE, "");
    }

    /** Schema B's {@code hand-built.sql}; empty when the scenario has none. */
    public String bHandBuiltSql() {
        return bFiles.getOrDefault(HAND_BUILT_FILE, "");
    }

    /** The Java sources of schema A (relative path → content). */
    public Map<String, String> aJavaFiles() {
        return javaFiles(aFiles);
    }

    /** The Java sources of schema B (relative path → content). */
    public Map<String, String> bJavaFiles() {
        return javaFiles(bFiles);
    }

    @Override
    public String toString() {
        return name;
    }

    private static List<Path> write(Map<String, String> files, Path dir) throws IOException {
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            if (file.getKey().equals(HAND_BUILT_FILE)) {
                continue; // run by the runner, not part of the entities
            }
            Path target = dir.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
            written.add(target);
        }
        return List.copyOf(written);
    }

    private Properties properties(Map<String, String> files) {
        Properties properties = new Properties();
        String text = files.get(PROPERTIES_FILE);
        if (text != null) {
            try {
                properties.load(new StringReader(text));
            } catch (IOException e) {
                throw new UncheckedIOException("scenario " + name + ": bad " + PROPERTIES_FILE, e);
            }
        }
        return properties;
    }

    private static Map<String, String> javaFiles(Map<String, String> files) {
        Map<String, String> java = new TreeMap<>(files);
        java.keySet().removeIf(path -> !path.endsWith(".java"));
        return Collections.unmodifiableMap(java);
    }

    /** A scenario file that does not follow the format; the message names the file and the line. */
    public static final class ScenarioFormatException extends IllegalArgumentException {
        private final String fileName;
        private final int line;

        public ScenarioFormatException(String fileName, int line, String problem) {
            super(fileName + (line > 0 ? ":" + line : "") + ": " + problem);
            this.fileName = fileName;
            this.line = line;
        }

        public String fileName() {
            return fileName;
        }

        /** 1-based line number, 0 when the problem is the file as a whole. */
        public int line() {
            return line;
        }
    }
}
