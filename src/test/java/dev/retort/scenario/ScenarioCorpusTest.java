package dev.retort.scenario;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.model.relational.AuxiliaryDatabaseObject;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.boot.model.relational.Sequence;
import org.hibernate.boot.model.relational.SqlStringGenerationContext;
import org.hibernate.boot.model.relational.internal.SqlStringGenerationContextImpl;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.engine.jdbc.env.spi.JdbcEnvironment;
import org.hibernate.mapping.CheckConstraint;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.ForeignKey;
import org.hibernate.mapping.Index;
import org.hibernate.mapping.Table;
import org.hibernate.mapping.UniqueKey;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.annotation.Annotation;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Checks the input corpus of the autogenerate acceptance suite, without a database: every scenario
 * parses, both of its sides compile against the test classpath, Hibernate boots a PostgreSQL metamodel
 * for each side, and the edit from A to B is visible both in the metamodel and in Hibernate's create DDL.
 *
 * <p>Set {@code -Dscenario.ddl.dir=target/scenario-ddl} to have Hibernate's create DDL of every side
 * written there ({@code <scenario>/A.sql}, {@code B.sql}) for review.
 */
class ScenarioCorpusTest {

    private static final int MINIMUM_SCENARIOS = 48;
    private static final int MINIMUM_PER_KIND = 2;
    private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+)\\s*;");
    private static final Pattern TABLE_NAME = Pattern.compile("@(jakarta\\.persistence\\.)?Table\\s*\\(\\s*name\\s*=");
    private static final Set<String> JPA_TYPE_ANNOTATIONS = Set.of(
            "jakarta.persistence.Entity", "jakarta.persistence.Embeddable",
            "jakarta.persistence.MappedSuperclass", "jakarta.persistence.Converter");

    @Test
    void theCorpusIsLargeNamedUniquelyAndCoversEveryKind() {
        List<Scenario> scenarios = Scenario.loadAll();
        assertTrue(scenarios.size() >= MINIMUM_SCENARIOS,
                "want at least " + MINIMUM_SCENARIOS + " scenarios, found " + scenarios.size());

        Set<String> names = new LinkedHashSet<>();
        Set<String> numbers = new LinkedHashSet<>();
        for (Scenario scenario : scenarios) {
            assertTrue(names.add(scenario.name()), "scenario name used twice: " + scenario.name());
            assertTrue(numbers.add(scenario.name().substring(0, 2)), "scenario number used twice: " + scenario.name());
        }
        assertEquals(scenarios.stream().map(Scenario::name).sorted().toList(),
                scenarios.stream().map(Scenario::name).toList(), "loadAll() sorts by name");

        Map<String, Long> perKind = scenarios.stream().collect(Collectors.groupingBy(Scenario::kind, TreeMap::new, Collectors.counting()));
        List<String> thin = Scenario.KINDS.stream()
                .filter(kind -> perKind.getOrDefault(kind, 0L) < MINIMUM_PER_KIND)
                .map(kind -> kind + " (" + perKind.getOrDefault(kind, 0L) + ")")
                .toList();
        assertEquals(List.of(), thin, "kinds with fewer than " + MINIMUM_PER_KIND + " scenarios");
    }

    @TestFactory
    Stream<DynamicTest> everyScenarioCompilesBootsAndChangesTheSchema(@TempDir Path work) {
        return Scenario.loadAll().stream().map(scenario ->
                DynamicTest.dynamicTest(scenario.name(), () -> check(scenario, work.resolve(scenario.name()))));
    }

    private static void check(Scenario scenario, Path work) throws Exception {
        for (Map.Entry<String, String> file : concat(scenario.aJavaFiles(), scenario.bJavaFiles())) {
            Matcher pkg = PACKAGE.matcher(file.getValue());
            assertTrue(pkg.find() && (pkg.group(1).equals("scenario") || pkg.group(1).startsWith("scenario.")),
                    scenario.name() + ": " + file.getKey() + " must be in package 'scenario' or a subpackage");
            if (file.getValue().contains("@Entity")) {
                assertTrue(TABLE_NAME.matcher(file.getValue()).find() || mapsToNoTableOfItsOwn(file.getValue()),
                        scenario.name() + ": entity " + file.getKey() + " wants an explicit @Table(name = ...)");
            }
        }

        Side a = Side.build(scenario.name() + " A", scenario.writeA(work.resolve("A/src")), scenario.aProperties(), work.resolve("A/classes"));
        Side b = Side.build(scenario.name() + " B", scenario.writeB(work.resolve("B/src")), scenario.bProperties(), work.resolve("B/classes"));

        assertTrue(a.tables > 0, scenario.name() + ": schema A has no table");
        assertTrue(b.tables > 0, scenario.name() + ": schema B has no table");
        assertNotEquals(a.facts, b.facts, scenario.name() + ": Hibernate sees the same tables, columns, types, "
                + "constraints, indexes and sequences in A and B; the edit is not visible to Hibernate");
        assertNotEquals(a.ddl, b.ddl, scenario.name() + ": Hibernate's create DDL is the same for A and B");
        assertQuotesBalanced(scenario.name() + " A", a.ddl);
        assertQuotesBalanced(scenario.name() + " B", b.ddl);

        String dumpDir = System.getProperty("scenario.ddl.dir");
        if (dumpDir != null && !dumpDir.isBlank()) {
            Path dir = Path.of(dumpDir, scenario.name());
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("A.sql"), a.ddl, StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("B.sql"), b.ddl, StandardCharsets.UTF_8);
            Files.writeString(dir.resolve("diff.txt"), factDiff(a.facts, b.facts), StandardCharsets.UTF_8);
        }
    }

    /**
     * Hibernate copies comment and default texts into its DDL verbatim: an apostrophe in a {@code @Comment}
     * yields a statement PostgreSQL rejects, which the acceptance runner would only find out on the database.
     */
    private static void assertQuotesBalanced(String label, String ddl) {
        for (String statement : ddl.split("\n")) {
            assertEquals(0, statement.chars().filter(c -> c == '\'').count() % 2,
                    label + ": unbalanced quotes in Hibernate's DDL (an apostrophe in a comment or default?): " + statement);
        }
    }

    /** A SINGLE_TABLE subclass (stored in its root's table) or an abstract TABLE_PER_CLASS root (no table at all). */
    private static boolean mapsToNoTableOfItsOwn(String source) {
        return !source.contains("@Table")
                && (source.contains("@DiscriminatorValue") && source.contains(" extends ")
                    || source.contains("abstract class") && source.contains("InheritanceType.TABLE_PER_CLASS"));
    }

    private static List<Map.Entry<String, String>> concat(Map<String, String> a, Map<String, String> b) {
        List<Map.Entry<String, String>> all = new ArrayList<>(a.entrySet());
        all.addAll(b.entrySet());
        return all;
    }

    private static String factDiff(SortedSet<String> a, SortedSet<String> b) {
        StringBuilder out = new StringBuilder();
        a.stream().filter(f -> !b.contains(f)).forEach(f -> out.append("- ").append(f).append('\n'));
        b.stream().filter(f -> !a.contains(f)).forEach(f -> out.append("+ ").append(f).append('\n'));
        return out.toString();
    }

    // ------------------------------------------------------------------------------------ one side

    /** What Hibernate makes of one side of a scenario. */
    private record Side(int tables, SortedSet<String> facts, String ddl) {

        static Side build(String label, List<Path> files, java.util.Properties properties, Path classes) throws Exception {
            List<Path> sources = files.stream().filter(p -> p.toString().endsWith(".java")).toList();
            compile(label, sources, classes);
            ClassLoader previous = Thread.currentThread().getContextClassLoader();
            try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, ScenarioCorpusTest.class.getClassLoader())) {
                List<Class<?>> annotated = loadAnnotatedClasses(label, loader, classes);
                Thread.currentThread().setContextClassLoader(loader);
                StandardServiceRegistryBuilder registryBuilder = new StandardServiceRegistryBuilder()
                        .applySetting("hibernate.boot.allow_jdbc_metadata_access", false)
                        .applySetting("jakarta.persistence.database-product-name", "PostgreSQL")
                        .applySetting("jakarta.persistence.database-major-version", 15)
                        .applySetting("jakarta.persistence.database-minor-version", 0);
                properties.forEach((key, value) -> registryBuilder.applySetting((String) key, value));
                StandardServiceRegistry registry = registryBuilder.build();
                try {
                    MetadataSources metadataSources = new MetadataSources(registry);
                    annotated.forEach(metadataSources::addAnnotatedClass);
                    Metadata metadata = metadataSources.buildMetadata();
                    int tables = (int) metadata.collectTableMappings().stream().filter(Table::isPhysicalTable).count();
                    return new Side(tables, facts(metadata, registry), createDdl(metadata, registry));
                } finally {
                    StandardServiceRegistryBuilder.destroy(registry);
                }
            } finally {
                Thread.currentThread().setContextClassLoader(previous);
            }
        }

        private static void compile(String label, List<Path> sources, Path classes) throws IOException {
            Files.createDirectories(classes);
            JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
            assertTrue(compiler != null, "no system Java compiler: run the tests on a JDK, not a JRE");
            DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
            try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
                List<String> options = List.of("--release", "17", "-proc:none", "-nowarn", "-implicit:none",
                        "-classpath", compileClasspath(), "-d", classes.toString());
                Boolean ok = compiler.getTask(null, files, diagnostics, options, null,
                        files.getJavaFileObjectsFromPaths(sources)).call();
                if (!ok) {
                    fail(label + ": does not compile:\n" + diagnostics.getDiagnostics().stream()
                            .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                            .map(d -> (d.getSource() == null ? "" : Path.of(d.getSource().toUri()).getFileName() + ":" + d.getLineNumber() + ": ")
                                    + d.getMessage(Locale.ROOT))
                            .collect(Collectors.joining("\n")));
                }
            }
        }

        /** The test classpath, as surefire reports it, plus the jars of the JPA and Hibernate annotations. */
        private static String compileClasspath() {
            Set<String> entries = new LinkedHashSet<>();
            entries.add(codeSource(jakarta.persistence.Entity.class));
            entries.add(codeSource(org.hibernate.annotations.OnDelete.class));
            for (String property : List.of("surefire.test.class.path", "java.class.path")) {
                String value = System.getProperty(property);
                if (value != null && !value.isBlank()) {
                    entries.addAll(Arrays.asList(value.split(File.pathSeparator)));
                }
            }
            return String.join(File.pathSeparator, entries);
        }

        private static String codeSource(Class<?> type) {
            try {
                return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }

        private static List<Class<?>> loadAnnotatedClasses(String label, ClassLoader loader, Path classes) throws IOException, ClassNotFoundException {
            List<Class<?>> annotated = new ArrayList<>();
            List<Path> classFiles;
            try (Stream<Path> walk = Files.walk(classes)) {
                classFiles = walk.filter(p -> p.toString().endsWith(".class")).sorted().toList();
            }
            for (Path file : classFiles) {
                String relative = classes.relativize(file).toString();
                String binaryName = relative.substring(0, relative.length() - ".class".length()).replace(File.separatorChar, '.');
                Class<?> type = Class.forName(binaryName, false, loader);
                for (Annotation annotation : type.getDeclaredAnnotations()) {
                    if (JPA_TYPE_ANNOTATIONS.contains(annotation.annotationType().getName())) {
                        annotated.add(type);
                        break;
                    }
                }
            }
            assertTrue(!annotated.isEmpty(), label + ": no @Entity class");
            return annotated;
        }

        /** Hibernate's own create script, one statement a line. */
        private static String createDdl(Metadata metadata, StandardServiceRegistry registry) {
            StringWriter script = new StringWriter();
            Map<String, Object> settings = new HashMap<>(registry.requireService(ConfigurationService.class).getSettings());
            // the schema tool reads the database version settings as strings
            settings.replaceAll((key, value) -> value instanceof Number ? value.toString() : value);
            settings.put("jakarta.persistence.schema-generation.database.action", "none");
            settings.put("jakarta.persistence.schema-generation.scripts.action", "create");
            settings.put("jakarta.persistence.schema-generation.scripts.create-target", script);
            settings.put("hibernate.hbm2ddl.delimiter", ";");
            settings.put("hibernate.format_sql", false);
            SchemaManagementToolCoordinator.process(metadata, registry, settings, action -> { });
            return script.toString();
        }

        /**
         * Everything a migration could have to change, one fact a line: tables with their columns (SQL type,
         * nullability, default, comment, identity), keys, foreign keys, unique keys, indexes, checks,
         * sequences and auxiliary objects such as PostgreSQL enum types.
         */
        private static SortedSet<String> facts(Metadata metadata, StandardServiceRegistry registry) {
            SortedSet<String> facts = new TreeSet<>();
            SqlStringGenerationContext context = SqlStringGenerationContextImpl.forTests(registry.requireService(JdbcEnvironment.class));
            for (Namespace namespace : metadata.getDatabase().getNamespaces()) {
                for (Table table : namespace.getTables()) {
                    if (!table.isPhysicalTable()) {
                        continue;
                    }
                    String t = table.getName();
                    facts.add("table " + t + (table.getComment() == null ? "" : " comment=" + table.getComment()));
                    for (Column column : table.getColumns()) {
                        facts.add("column " + t + "." + column.getName() + " " + column.getSqlType(metadata)
                                + (column.isNullable() ? " null" : " not null")
                                + (column.getDefaultValue() == null ? "" : " default=" + column.getDefaultValue())
                                + (column.isIdentity() ? " identity" : "")
                                + (column.isUnique() ? " unique" : "")
                                + (column.getComment() == null ? "" : " comment=" + column.getComment()));
                        for (CheckConstraint check : column.getCheckConstraints()) {
                            facts.add("check " + t + "." + column.getName() + " " + check.getName() + " " + check.getConstraint());
                        }
                    }
                    if (table.getPrimaryKey() != null) {
                        facts.add("primary key " + t + " " + table.getPrimaryKey().getName() + " " + names(table.getPrimaryKey().getColumns()));
                    }
                    for (ForeignKey fk : table.getForeignKeyCollection()) {
                        if (fk.isCreationEnabled() && fk.isPhysicalConstraint()) {
                            facts.add("foreign key " + t + " " + fk.getName() + " " + names(fk.getColumns()) + " -> "
                                    + fk.getReferencedTable().getName() + " "
                                    + names(fk.isReferenceToPrimaryKey() ? fk.getReferencedTable().getPrimaryKey().getColumns() : fk.getReferencedColumns())
                                    + " on delete " + (fk.getOnDeleteAction() == null ? "no action" : fk.getOnDeleteAction()));
                        }
                    }
                    for (UniqueKey uk : table.getUniqueKeys().values()) {
                        facts.add("unique " + t + " " + uk.getName() + " " + names(uk.getColumns()));
                    }
                    for (Index index : table.getIndexes().values()) {
                        facts.add("index " + t + " " + index.getName() + (index.isUnique() ? " unique " : " ")
                                + index.getSelectables().stream()
                                        .map(s -> s.getText() + orderSuffix(index.getSelectableOrderMap().get(s)))
                                        .collect(Collectors.joining(", ", "(", ")")));
                    }
                    for (CheckConstraint check : table.getChecks()) {
                        facts.add("check " + t + " " + check.getName() + " " + check.getConstraint());
                    }
                }
                for (Sequence sequence : namespace.getSequences()) {
                    facts.add("sequence " + sequence.getName().getSequenceName().getText()
                            + " start " + sequence.getInitialValue() + " increment " + sequence.getIncrementSize());
                }
            }
            for (AuxiliaryDatabaseObject object : metadata.getDatabase().getAuxiliaryDatabaseObjects()) {
                if (object.appliesToDialect(metadata.getDatabase().getDialect())) {
                    facts.add("object " + object.getExportIdentifier() + " " + String.join("; ", object.sqlCreateStrings(context)));
                }
            }
            return facts;
        }

        private static String names(List<Column> columns) {
            return columns.stream().map(Column::getName).collect(Collectors.joining(", ", "(", ")"));
        }

        private static String orderSuffix(String order) {
            return order == null || order.isBlank() ? "" : " " + order.strip().toLowerCase(Locale.ROOT);
        }
    }
}
